// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/CsvSheetReader.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <iconv.h>

#include <algorithm>

namespace {

// A line longer than this is not a roster's line (a binary file read as text).
constexpr qint64 MaxLineBytes = 1024 * 1024;

// ="0123" → 0123: how some systems write a number that must keep its digits.
QString unwrapFormula(const QString &text)
{
    if (text.size() >= 3 && text.startsWith(QLatin1String("=\"")) && text.endsWith(u'"'))
        return text.mid(2, text.size() - 3);
    return text;
}

} // namespace

CsvSheetReader::CsvSheetReader(const QString &path) : SheetReader(path), m_file(path)
{ }

CsvSheetReader::~CsvSheetReader()
{
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
}

bool CsvSheetReader::isUtf8(const QByteArray &bytes)
{
    // A multi-byte sequence cut at the end of a sample is not an error.
    qsizetype end = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= end; ++back) {
        const uchar c = uchar(bytes.at(end - back));
        if ((c & 0xC0) == 0xC0) {
            end -= back;
            break;
        }
        if ((c & 0x80) == 0)
            break;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(bytes.constData(), end));
    return !decoder.hasError();
}

QStringList CsvSheetReader::sheetNames() const
{
    return {QFileInfo(path()).completeBaseName()};
}

Status CsvSheetReader::load()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::failure(tr("%1 cannot be read: %2").arg(fileName(), m_file.errorString()));
    const QByteArray sample = m_file.read(1024 * 1024);
    if (sample.startsWith("\xEF\xBB\xBF") || isUtf8(sample)) {
        m_encoding = Encoding::Utf8;
    } else {
        m_encoding = Encoding::Gb18030;
        const iconv_t cd = iconv_open("UTF-8", "GB18030");
        if (cd == iconv_t(-1))
            return Status::failure(tr("%1 is in a Chinese encoding (GBK/GB18030) that this computer cannot decode. "
                                      "Save it as \"CSV UTF-8\" and import it again.")
                                       .arg(fileName()));
        m_iconv = cd;
    }
    // The separator is the one the first line has most of, outside quotes.
    const QString first = decode(sample.left(sample.indexOf('\n')));
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : first) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        m_separator = u'\t';
    else if (semicolons > commas && semicolons > tabs)
        m_separator = u';';
    return {};
}

QString CsvSheetReader::decode(const QByteArray &line)
{
    if (m_encoding == Encoding::Utf8)
        return QString::fromUtf8(line);
    const iconv_t cd = static_cast<iconv_t>(m_iconv);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    QByteArray out(line.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(line.constData());
    size_t inLeft = size_t(line.size());
    char *to = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &to, &outLeft) != size_t(-1))
            break;
        if (errno == E2BIG) {
            const qsizetype used = to - out.data();
            out.resize(out.size() * 2);
            to = out.data() + used;
            outLeft = size_t(out.size() - used);
        } else {
            // A byte that is no character: shown as U+FFFD, as a UTF-8 decoder would.
            const qsizetype used = to - out.data();
            out.resize(used);
            out += "\xEF\xBF\xBD";
            out.resize(out.size() + qsizetype(inLeft) * 2 + 16);
            to = out.data() + used + 3;
            outLeft = size_t(out.size() - used - 3);
            ++in;
            --inLeft;
        }
    }
    out.resize(to - out.data());
    return QString::fromUtf8(out);
}

Status CsvSheetReader::selectSheet(int index)
{
    if (index != 0)
        return Status::failure(tr("%1 has no sheet number %2.").arg(fileName()).arg(index + 1));
    setError(QString());
    m_lineNumber = 0;
    m_rows = 0;
    m_file.seek(0);
    if (m_file.peek(3) == "\xEF\xBB\xBF")
        m_file.read(3);
    return {};
}

double CsvSheetReader::progress() const
{
    return m_file.size() > 0 ? double(m_file.pos()) / double(m_file.size()) : 1.0;
}

std::optional<SheetRow> CsvSheetReader::next()
{
    while (!m_file.atEnd()) {
        SheetRow row;
        row.number = m_lineNumber + 1;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        bool complete = false;
        while (!complete) {
            if (m_file.atEnd()) {
                if (quoted) {
                    setError(tr("%1: the quotation mark opened in line %2 is never closed.")
                                 .arg(fileName())
                                 .arg(row.number));
                    return std::nullopt;
                }
                break;
            }
            QByteArray bytes = m_file.readLine(MaxLineBytes);
            ++m_lineNumber;
            if (bytes.size() >= MaxLineBytes - 1 && !bytes.endsWith('\n')) {
                setError(tr("%1: line %2 is longer than any roster's line; this is not a text table.")
                             .arg(fileName())
                             .arg(m_lineNumber));
                return std::nullopt;
            }
            const QString line = decode(bytes);
            qsizetype end = line.size();
            while (end > 0 && (line.at(end - 1) == u'\n' || line.at(end - 1) == u'\r'))
                --end;
            for (qsizetype i = 0; i < end; ++i) {
                const QChar c = line.at(i);
                if (quoted) {
                    if (c == u'"') {
                        if (i + 1 < end && line.at(i + 1) == u'"') {
                            field += u'"';
                            ++i;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field += c;
                    }
                } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == m_separator) {
                    SheetCell cell;
                    cell.text = wasQuoted ? field : unwrapFormula(field);
                    cell.kind = SheetCell::Kind::Text;
                    if (row.cells.size() < MaxColumns)
                        row.cells << cell;
                    field.clear();
                    wasQuoted = false;
                } else {
                    field += c;
                }
            }
            if (quoted)
                field += u'\n'; // a line break inside quotes belongs to the value
            else
                complete = true;
        }
        SheetCell cell;
        cell.text = wasQuoted ? field : unwrapFormula(field);
        cell.kind = SheetCell::Kind::Text;
        if (row.cells.size() < MaxColumns)
            row.cells << cell;
        const bool blank
            = std::all_of(row.cells.cbegin(), row.cells.cend(), [](const SheetCell &c) { return c.isEmpty(); });
        if (blank)
            continue;
        if (++m_rows > MaxRows) {
            setError(tooManyRows());
            return std::nullopt;
        }
        for (SheetCell &c : row.cells) {
            if (c.text.isEmpty())
                c.kind = SheetCell::Kind::Empty;
        }
        return row;
    }
    return std::nullopt;
}
