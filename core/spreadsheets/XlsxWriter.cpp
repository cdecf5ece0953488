// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/XlsxWriter.h"

#include "spreadsheets/DeflateStream.h"
#include "spreadsheets/DeflateWorker.h"
#include "spreadsheets/ZipFileWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <string>
#include <utility>

namespace {

// Excel's limits: rows of a sheet, characters of a cell.
constexpr qint64 ExcelRows = 1'048'576;
constexpr qsizetype ExcelCellCharacters = 32'767;
constexpr int MaxColumnWidth = 60;
// The rows' XML handed to the compressor in pieces of this size.
constexpr qsizetype PieceBytes = 1 << 20;
// zlib's fastest level: the sheet's XML is most of the time an export takes.
constexpr int RowsLevel = 1;
// The cell styles of styles.xml, by their index there.
constexpr const char *HeaderStyle = "1";
constexpr const char *TextStyle = "2";
constexpr const char *AmountStyle = "3";
constexpr const char *DateStyle = "4";

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
QString sheetNameOf(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        if (!QStringLiteral("[]:*?/\\").contains(c))
            clean += c;
    }
    clean = clean.trimmed().left(31);
    return clean.isEmpty() ? QStringLiteral("Sheet1") : clean;
}

// Column letters: 0 is A, 26 is AA.
QByteArray columnName(qsizetype column)
{
    QByteArray name;
    for (qsizetype c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

// Text as XML character data: & < > " escaped, the control characters XML forbids dropped. Runs
// without any of them (nearly all text) are copied whole.
void appendEscaped(std::string &out, const QByteArray &utf8)
{
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = uchar(*p);
        if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"')
            continue;
        out.append(run, size_t(p - run));
        run = p + 1;
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\t':
        case '\n':
        case '\r':
            out += char(c);
            break;
        default:
            break; // a control character XML cannot carry
        }
    }
    out.append(run, size_t(end - run));
}

QByteArray escaped(const QString &text)
{
    std::string out;
    appendEscaped(out, text.toUtf8());
    return QByteArray::fromStdString(out);
}

// XML's own white space, which a reader would drop at the ends of a text unless told to keep it.
bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// A cell of text, inline: a shared-string table would have to hold every ID number in memory.
void appendText(std::string &out, const QString &value)
{
    out += isXmlSpace(value.front()) || isXmlSpace(value.back()) ? "<is><t xml:space=\"preserve\">" : "<is><t>";
    appendEscaped(out, value.toUtf8());
    out += "</t></is>";
}

void append(std::string &out, const QByteArray &bytes)
{
    out.append(bytes.constData(), size_t(bytes.size()));
}

// An amount in yuan from fen, exactly (no binary fraction on the way).
QByteArray yuan(qint64 fen)
{
    const quint64 magnitude = fen < 0 ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QByteArray out = QByteArray::number(magnitude / 100);
    const auto cents = int(magnitude % 100);
    if (cents != 0) {
        out += '.';
        out += char('0' + cents / 10);
        if (cents % 10 != 0)
            out += char('0' + cents % 10);
    }
    return fen < 0 ? '-' + out : out;
}

const char Xml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char Main[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char Relationships[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray contentTypes()
{
    return QByteArray(Xml)
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          "<Override PartName=\"/xl/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          "</Types>";
}

QByteArray packageRelationships()
{
    return QByteArray(Xml)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\""
        + Relationships + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
}

QByteArray workbookRelationships()
{
    return QByteArray(Xml)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\""
        + Relationships + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
        + Relationships + "/styles\" Target=\"styles.xml\"/></Relationships>";
}

// Styles 1 header (bold, light blue, thin border), 2 text ("@"), 3 amount (#,##0.00), 4 date.
QByteArray styles()
{
    return QByteArray(Xml) + "<styleSheet xmlns=\"" + Main
        + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
          "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
          "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
          "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
          "<fill><patternFill patternType=\"gray125\"/></fill>"
          "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/>"
          "</patternFill></fill></fills>"
          "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
          "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom>"
          "<diagonal/></border></borders>"
          "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" "
          "applyBorder=\"1\"/>"
          "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
          "</styleSheet>";
}

} // namespace

XlsxWriter::XlsxWriter() = default;

XlsxWriter::~XlsxWriter()
{
    discard();
}

qint64 XlsxWriter::maxRows() const
{
    return ExcelRows - 1; // the header takes one
}

int XlsxWriter::displayWidth(const QString &text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isLowSurrogate(c))
            continue;
        // CJK, Hangul, full-width forms and the like take two columns; the supplementary planes'
        // ideographs (a high surrogate) too.
        width += (c >= 0x1100
                     && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                         || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                         || (c >= 0xffe0 && c <= 0xffe6)))
                || QChar::isHighSurrogate(c)
            ? 2
            : 1;
    }
    return width;
}

Status XlsxWriter::begin(const QString &temporaryPath, const QString &sheetName)
{
    m_temporaryPath = temporaryPath;
    m_sheetName = sheetNameOf(sheetName);
    // Beside the output: a full disk then fails the export, not some other folder.
    m_scratchPath = QFile::encodeName(temporaryPath + QStringLiteral(".rows"));
    errno = 0;
    m_scratch = std::fopen(m_scratchPath.constData(), "w+b");
    if (!m_scratch)
        return failed(errno ? errno : EACCES);
    m_rowStream = std::make_unique<DeflateWorker>(m_scratch, RowsLevel);
    m_pending.clear();
    m_pending.reserve(PieceBytes + PieceBytes / 4);
    m_widths.clear();
    m_row = 1;
    m_pending += "<row r=\"1\">";
    for (qsizetype c = 0; c < columns().size(); ++c) {
        const QString &header = columns().at(c).header;
        m_widths << displayWidth(header);
        m_pending += "<c s=\"";
        m_pending += HeaderStyle;
        m_pending += "\" t=\"inlineStr\">";
        appendText(m_pending, header.isEmpty() ? QStringLiteral(" ") : header);
        m_pending += "</c>";
    }
    m_pending += "</row>";
    return {};
}

Status XlsxWriter::row(const QVariantList &cells)
{
    ++m_row;
    const QByteArray rowNumber = QByteArray::number(m_row);
    m_pending += "<row r=\"";
    append(m_pending, rowNumber);
    m_pending += "\">";
    bool gap = false; // a cell after an empty one says where it is
    for (qsizetype c = 0; c < columns().size(); ++c) {
        const QVariant cell = cells.value(c);
        const ExportColumn &column = columns().at(c);
        const bool empty = !cell.isValid() || cell.isNull()
            || (column.kind == ExportColumn::Kind::Text && cell.toString().isEmpty())
            || (column.kind == ExportColumn::Kind::Date && !cell.toDate().isValid());
        if (empty) {
            gap = true;
            continue;
        }
        m_pending += "<c";
        if (gap) {
            m_pending += " r=\"";
            append(m_pending, columnName(c));
            append(m_pending, rowNumber);
            m_pending += '"';
            gap = false;
        }
        int width = 0;
        switch (column.kind) {
        case ExportColumn::Kind::Text: {
            const QString value = cell.toString();
            if (value.size() > ExcelCellCharacters)
                return Status::failure(tr("Row %1 of %2 has more than %3 characters in the column \"%4\", more than "
                                          "an Excel cell holds: export the list to CSV.")
                                           .arg(m_row)
                                           .arg(QDir::toNativeSeparators(path()))
                                           .arg(ExcelCellCharacters)
                                           .arg(column.header));
            m_pending += " s=\"";
            m_pending += TextStyle;
            m_pending += "\" t=\"inlineStr\">";
            appendText(m_pending, value);
            width = displayWidth(value);
            break;
        }
        case ExportColumn::Kind::Number: {
            const QByteArray number = cell.typeId() == QMetaType::Double ? QByteArray::number(cell.toDouble(), 'g', 15)
                                                                         : QByteArray::number(cell.toLongLong());
            m_pending += "><v>";
            append(m_pending, number);
            m_pending += "</v>";
            width = int(number.size());
            break;
        }
        case ExportColumn::Kind::Amount: {
            const QByteArray amount = yuan(cell.toLongLong());
            m_pending += " s=\"";
            m_pending += AmountStyle;
            m_pending += "\"><v>";
            append(m_pending, amount);
            m_pending += "</v>";
            width = int(text(column, cell).size()) + 4; // thousands separators
            break;
        }
        case ExportColumn::Kind::Date: {
            // Excel's serial day: days since 1899-12-30 (its 1900 leap-year slip included).
            const qint64 serial = QDate(1899, 12, 30).daysTo(cell.toDate());
            m_pending += " s=\"";
            m_pending += DateStyle;
            m_pending += "\"><v>";
            append(m_pending, QByteArray::number(serial));
            m_pending += "</v>";
            width = 10;
            break;
        }
        }
        m_pending += "</c>";
        m_widths[c] = std::max(m_widths.at(c), width);
    }
    m_pending += "</row>";
    if (m_pending.size() >= size_t(PieceBytes) && !drain())
        return failed(errno ? errno : ENOSPC);
    return {};
}

bool XlsxWriter::drain()
{
    const bool handed = m_rowStream->push(std::exchange(m_pending, std::string()));
    m_pending.reserve(PieceBytes + PieceBytes / 4);
    return handed;
}

QByteArray XlsxWriter::lastCell() const
{
    return columnName(std::max<qsizetype>(columns().size(), 1) - 1) + QByteArray::number(m_row);
}

QByteArray XlsxWriter::sheetHead() const
{
    const QByteArray last = lastCell();
    QByteArray head = QByteArray(Xml) + "<worksheet xmlns=\"" + Main + "\" xmlns:r=\"" + Relationships
        + "\"><dimension ref=\"A1:" + last
        + "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
          "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
          "<sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        const QByteArray index = QByteArray::number(c + 1);
        head += "<col min=\"" + index + "\" max=\"" + index + "\" width=\""
            + QByteArray::number(std::min(MaxColumnWidth, m_widths.at(c)) + 2) + "\" customWidth=\"1\"/>";
    }
    return head + "</cols><sheetData>";
}

QByteArray XlsxWriter::sheetTail() const
{
    return "</sheetData><autoFilter ref=\"A1:" + lastCell() + "\"/></worksheet>";
}

QByteArray XlsxWriter::workbookPart() const
{
    const QByteArray last
        = '$' + columnName(std::max<qsizetype>(columns().size(), 1) - 1) + '$' + QByteArray::number(m_row);
    QString quoted = m_sheetName;
    quoted.replace(u'\'', QStringLiteral("''"));
    return QByteArray(Xml) + "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Relationships
        + "\"><bookViews><workbookView/></bookViews><sheets><sheet name=\"" + escaped(m_sheetName)
        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\" "
          "localSheetId=\"0\" hidden=\"1\">"
        + escaped(u'\'' + quoted + u'\'') + "!$A$1:" + last + "</definedName></definedNames></workbook>";
}

Status XlsxWriter::end()
{
    if (!drain() || !m_rowStream->close() || std::fflush(m_scratch) != 0)
        return failed(errno ? errno : ENOSPC);
    errno = 0;
    std::FILE *out = std::fopen(QFile::encodeName(m_temporaryPath).constData(), "wb");
    if (!out)
        return failed(errno ? errno : EACCES);
    ZipFileWriter zip(out);
    bool written = zip.addEntry("[Content_Types].xml", contentTypes())
        && zip.addEntry("_rels/.rels", packageRelationships()) && zip.addEntry("xl/workbook.xml", workbookPart())
        && zip.addEntry("xl/_rels/workbook.xml.rels", workbookRelationships())
        && zip.addEntry("xl/styles.xml", styles()) && zip.beginEntry("xl/worksheets/sheet1.xml");
    if (written) {
        // The head, the rows compressed already, the tail: three deflate streams, one entry.
        DeflateStream head(out, 6);
        const QByteArray headXml = sheetHead();
        written = head.write(headXml.constData(), headXml.size()) && head.flush();
        std::rewind(m_scratch);
        char buffer[1 << 16];
        size_t got = 0;
        while (written && (got = std::fread(buffer, 1, sizeof buffer, m_scratch)) > 0)
            written = std::fwrite(buffer, 1, got, out) == got;
        written = written && !std::ferror(m_scratch);
        DeflateStream tail(out, 6);
        const QByteArray tailXml = sheetTail();
        written = written && tail.write(tailXml.constData(), tailXml.size()) && tail.finish();
        if (written) {
            const DeflateStream &rows = m_rowStream->stream();
            quint32 crc = DeflateStream::combine(head.crc(), rows.crc(), rows.bytesIn());
            crc = DeflateStream::combine(crc, tail.crc(), tail.bytesIn());
            written = zip.endEntry(crc, head.bytesOut() + rows.bytesOut() + tail.bytesOut(),
                          head.bytesIn() + rows.bytesIn() + tail.bytesIn())
                && zip.finish();
        }
    }
    const int error = errno;
    written = std::fclose(out) == 0 && written;
    if (!written)
        return failed(error ? error : ENOSPC);
    abandon(); // the scratch file
    return {};
}

Status XlsxWriter::failed(int errorNumber)
{
    abandon();
    return Status::failure(failure(path(), errorNumber));
}

void XlsxWriter::abandon()
{
    m_rowStream.reset();
    if (m_scratch) {
        std::fclose(m_scratch);
        m_scratch = nullptr;
        std::remove(m_scratchPath.constData());
    }
    m_pending.clear();
}
