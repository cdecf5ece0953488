// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/XlsxSheetReader.h"
#include "spreadsheets/ZipArchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

using L = QLatin1String;

// Entries other than the sheets are small; one larger than this is not a workbook's.
constexpr qint64 MaxSmallEntry = 64 * 1024 * 1024;

// The part a relationship's target names, from the folder xl/.
QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    // "../worksheets/x.xml" and "./x.xml" as some writers put them.
    while (path.contains(QStringLiteral("/./")))
        path.replace(QStringLiteral("/./"), QStringLiteral("/"));
    static const QRegularExpression up(QStringLiteral("[^/]+/\\.\\./"));
    while (path.contains(up))
        path.remove(up);
    return path;
}

// The text of an <si> or <is> element: its <t> and its runs' <t>, without phonetic runs (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int phonetic = 0;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == L("rPh"))
                ++phonetic;
            else if (xml.name() == L("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == L("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

} // namespace

XlsxSheetReader::XlsxSheetReader(const QString &path) : SheetReader(path)
{ }

XlsxSheetReader::~XlsxSheetReader()
{
    m_xml.reset();
    m_sheet.reset();
}

QString XlsxSheetReader::damaged() const
{
    return tr("%1 is damaged or incomplete (perhaps cut short while it was copied or downloaded): it cannot be read "
              "as an Excel workbook. Open it in Excel or WPS and save it again, or copy it again.")
        .arg(fileName());
}

Result<QByteArray> XlsxSheetReader::readEntry(const QString &name, qint64 limit)
{
    using R = Result<QByteArray>;
    if (!m_zip->contains(name))
        return R::failure(QString());
    const std::unique_ptr<ZipEntry> file = m_zip->entry(name);
    if (!file || file->size() > limit)
        return R::failure(damaged());
    QByteArray data = file->readAll();
    if (file->failed() || data.size() != file->size())
        return R::failure(damaged());
    return data;
}

Status XlsxSheetReader::load()
{
    m_zip = std::make_unique<ZipArchive>();
    if (!m_zip->open(path()))
        return Status::failure(damaged());
    const Result<QByteArray> workbook = readEntry(QStringLiteral("xl/workbook.xml"), MaxSmallEntry);
    if (!workbook) {
        if (!workbook.error().isEmpty())
            return Status::failure(workbook.error());
        return Status::failure(tr("%1 is a zip file but not an Excel workbook (.xlsx): it holds no workbook. An "
                                  "OpenDocument (.ods) or Word file must first be saved as .xlsx.")
                                   .arg(fileName()));
    }
    const Result<QByteArray> rels = readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), MaxSmallEntry);
    if (!rels)
        return Status::failure(damaged());

    QHash<QString, QString> targets;
    QXmlStreamReader relXml(rels.value());
    while (!relXml.atEnd()) {
        if (relXml.readNext() == QXmlStreamReader::StartElement && relXml.name() == L("Relationship")) {
            const auto a = relXml.attributes();
            targets.insert(a.value(L("Id")).toString(), resolveTarget(a.value(L("Target")).toString()));
        }
    }

    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    QString styles = QStringLiteral("xl/styles.xml");
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (it.value().endsWith(QStringLiteral("sharedStrings.xml"), Qt::CaseInsensitive))
            sharedStrings = it.value();
        else if (it.value().endsWith(QStringLiteral("styles.xml"), Qt::CaseInsensitive))
            styles = it.value();
    }

    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == L("workbookPr")) {
            const QStringView v = xml.attributes().value(L("date1904"));
            m_base1904 = v == L("1") || v == L("true");
        } else if (xml.name() == L("sheet")) {
            const auto a = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attribute : a) {
                if (attribute.name() == L("id"))
                    id = attribute.value().toString();
            }
            const QString target = targets.value(id);
            if (target.isEmpty())
                continue; // a chart sheet or a dangling entry: nothing to read
            m_names << a.value(L("name")).toString();
            m_entries << target;
        }
    }
    if (xml.hasError())
        return Status::failure(damaged());
    if (m_names.isEmpty())
        return Status::failure(tr("%1 holds no worksheet.").arg(fileName()));
    if (Status s = readSharedStrings(sharedStrings); !s)
        return s;
    return readStyles(styles);
}

Status XlsxSheetReader::readSharedStrings(const QString &name)
{
    if (!m_zip->contains(name))
        return {}; // a workbook of numbers only has none
    const std::unique_ptr<ZipEntry> file = m_zip->entry(name);
    if (!file)
        return Status::failure(damaged());
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == L("si"))
            m_shared << readRichText(xml);
    }
    if (xml.hasError() || file->failed())
        return Status::failure(damaged());
    return {};
}

Status XlsxSheetReader::readStyles(const QString &name)
{
    const Result<QByteArray> data = readEntry(name, MaxSmallEntry);
    if (!data)
        return data.error().isEmpty() ? Status() : Status::failure(data.error());
    QHash<int, QString> custom;
    QXmlStreamReader xml(data.value());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == L("numFmt")) {
                const auto a = xml.attributes();
                custom.insert(a.value(L("numFmtId")).toInt(), a.value(L("formatCode")).toString());
            } else if (xml.name() == L("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == L("xf")) {
                const int id = xml.attributes().value(L("numFmtId")).toInt();
                m_dateStyles << isDateFormat(id, custom.value(id));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == L("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return Status::failure(damaged());
    return {};
}

bool XlsxSheetReader::isDateFormat(int numFmtId, const QString &formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 45 && numFmtId <= 47)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // Only the first section (positive numbers) matters; quoted text, escaped characters and
    // [colours] or [$-locale] are not date parts.
    QString bare;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (c == u';') {
            break;
        } else if (bracket == 0) {
            bare += c.toLower();
        }
    }
    if (bare == QLatin1String("general"))
        return false;
    return bare.contains(u'y') || bare.contains(u'd') || bare.contains(u'm') || bare.contains(u'h')
        || bare.contains(u's');
}

QDate XlsxSheetReader::serialToDate(double serial, bool base1904)
{
    if (!(serial >= 0) || serial > 2958465) // 9999-12-31
        return {};
    const qint64 day = qint64(serial);
    if (base1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day == 0 || day == 60)
        return {}; // 1900-01-00 and the 29 February 1900 Excel believes in
    if (day < 60)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

bool XlsxSheetReader::parseReference(QStringView reference, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t ch = reference.at(i).unicode();
        if (ch >= u'A' && ch <= u'Z')
            c = c * 26 + (ch - u'A' + 1);
        else if (ch >= u'a' && ch <= u'z')
            c = c * 26 + (ch - u'a' + 1);
        else
            break;
        if (c > 1'000'000)
            return false;
    }
    if (i == 0)
        return false;
    bool ok = true;
    const int r = i < reference.size() ? reference.mid(i).toInt(&ok) : 0;
    if (!ok)
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

Status XlsxSheetReader::readMerges(const QString &entry)
{
    // The merged ranges follow the cells in the sheet's XML: a first pass over the raw bytes finds
    // them without parsing the cells, so that the rows can then be given their values as they come.
    m_merges.clear();
    const std::unique_ptr<ZipEntry> opened = m_zip->entry(entry);
    if (!opened)
        return Status::failure(damaged());
    ZipEntry &file = *opened;
    m_sheetSize = file.size();
    const QByteArray marker("<mergeCells");
    QByteArray tail;
    QByteArray carry;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (!tail.isEmpty()) {
            tail += chunk;
            continue;
        }
        const QByteArray window = carry + chunk;
        if (const qsizetype at = window.indexOf(marker); at >= 0)
            tail = window.mid(at);
        else
            carry = window.right(marker.size());
    }
    if (file.failed() || file.consumed() != file.size())
        return Status::failure(damaged());
    if (tail.isEmpty())
        return {};
    static const QRegularExpression ref(QStringLiteral("<mergeCell\\s+ref=\"([A-Za-z]+[0-9]+):([A-Za-z]+[0-9]+)\""));
    const QString text = QString::fromUtf8(tail.left(tail.indexOf("</mergeCells>") + 1));
    for (auto it = ref.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Merge merge;
        if (!parseReference(m.capturedView(1), &merge.left, &merge.top)
            || !parseReference(m.capturedView(2), &merge.right, &merge.bottom))
            continue;
        if (merge.bottom < merge.top || merge.right < merge.left)
            continue;
        m_merges << merge;
    }
    std::sort(m_merges.begin(), m_merges.end(), [](const Merge &a, const Merge &b) { return a.top < b.top; });
    return {};
}

Status XlsxSheetReader::selectSheet(int index)
{
    if (index < 0 || index >= m_entries.size())
        return Status::failure(tr("%1 has no sheet number %2.").arg(fileName()).arg(index + 1));
    m_xml.reset();
    m_sheet.reset();
    setError(QString());
    m_rows = 0;
    m_lastRow = 0;
    m_done = false;
    m_nextMerge = 0;
    m_activeMerges.clear();
    if (Status s = readMerges(m_entries.at(index)); !s)
        return s;
    m_sheet = m_zip->entry(m_entries.at(index));
    if (!m_sheet)
        return Status::failure(damaged());
    m_xml = std::make_unique<QXmlStreamReader>(m_sheet.get());
    return {};
}

double XlsxSheetReader::progress() const
{
    if (!m_sheet || m_sheetSize <= 0)
        return m_done ? 1.0 : 0.0;
    return m_done ? 1.0 : std::min(1.0, double(m_sheet->consumed()) / double(m_sheetSize));
}

SheetCell XlsxSheetReader::readCell(QStringView type, int style)
{
    QXmlStreamReader &xml = *m_xml;
    SheetCell cell;
    QString value;
    bool hasValue = false;
    QString inline_;
    bool isInline = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == L("v")) {
                value = xml.readElementText();
                hasValue = true;
            } else if (xml.name() == L("is")) {
                inline_ = readRichText(xml);
                isInline = true;
            } else {
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == L("c")) {
            break;
        }
    }
    if (type == L("inlineStr") || isInline) {
        cell.kind = SheetCell::Kind::Text;
        cell.text = inline_;
        return cell;
    }
    if (!hasValue)
        return cell;
    if (type == L("s")) {
        bool ok = false;
        const int i = value.toInt(&ok);
        if (!ok || i < 0 || i >= m_shared.size()) {
            cell.kind = SheetCell::Kind::Error;
            cell.text = value;
            return cell;
        }
        cell.kind = SheetCell::Kind::Text;
        cell.text = m_shared.at(i);
    } else if (type == L("str")) {
        cell.kind = SheetCell::Kind::Text;
        cell.text = value;
    } else if (type == L("b")) {
        cell.kind = SheetCell::Kind::Boolean;
        cell.text = value == L("1") || value == L("true") ? QStringLiteral("1") : QStringLiteral("0");
        cell.number = cell.text == L("1") ? 1 : 0;
    } else if (type == L("e")) {
        cell.kind = SheetCell::Kind::Error;
        cell.text = value;
    } else if (type == L("d")) {
        cell.kind = SheetCell::Kind::Date;
        cell.date = QDate::fromString(value.left(10), Qt::ISODate);
        cell.text = cell.date.toString(Qt::ISODate);
    } else {
        bool ok = false;
        cell.number = value.toDouble(&ok);
        if (!ok) {
            cell.kind = SheetCell::Kind::Error;
            cell.text = value;
        } else if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
            cell.kind = SheetCell::Kind::Date;
            cell.date = serialToDate(cell.number, m_base1904);
            cell.text = cell.date.isValid() ? cell.date.toString(Qt::ISODate) : value;
        } else {
            cell.kind = SheetCell::Kind::Number;
            cell.text = value;
        }
    }
    return cell;
}

void XlsxSheetReader::applyMerges(SheetRow &row)
{
    while (m_nextMerge < m_merges.size() && m_merges.at(m_nextMerge).top <= row.number) {
        Merge &merge = m_merges[m_nextMerge];
        if (merge.top == row.number)
            merge.value = row.cell(merge.left);
        if (merge.bottom >= row.number)
            m_activeMerges << m_nextMerge;
        ++m_nextMerge;
    }
    m_activeMerges.removeIf([&](qsizetype i) { return m_merges.at(i).bottom < row.number; });
    for (qsizetype i : std::as_const(m_activeMerges)) {
        const Merge &merge = m_merges.at(i);
        if (merge.value.isEmpty())
            continue;
        const int right = std::min(merge.right, MaxColumns - 1);
        if (row.cells.size() <= right)
            row.cells.resize(right + 1);
        for (int c = merge.left; c <= right; ++c) {
            if (!(merge.top == row.number && c == merge.left))
                row.cells[c] = merge.value;
        }
    }
}

std::optional<SheetRow> XlsxSheetReader::next()
{
    if (!m_xml || m_done)
        return std::nullopt;
    QXmlStreamReader &xml = *m_xml;
    SheetRow row;
    bool inRow = false;
    int column = -1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == L("c") && inRow) {
                const auto a = xml.attributes();
                int r = 0;
                if (const QStringView ref = a.value(L("r")); ref.isEmpty() || !parseReference(ref, &column, &r))
                    ++column;
                const QString type = a.value(L("t")).toString();
                const int style = a.hasAttribute(L("s")) ? a.value(L("s")).toInt() : 0;
                SheetCell cell = readCell(type, style);
                if (cell.kind != SheetCell::Kind::Empty && column >= 0 && column < MaxColumns) {
                    if (row.cells.size() <= column)
                        row.cells.resize(column + 1);
                    row.cells[column] = std::move(cell);
                }
            } else if (name == L("row")) {
                inRow = true;
                column = -1;
                const QStringView r = xml.attributes().value(L("r"));
                row.number = r.isEmpty() ? m_lastRow + 1 : r.toInt();
                if (row.number <= m_lastRow)
                    row.number = m_lastRow + 1;
                row.cells.clear();
            } else if (name == L("dimension")) {
                int c = 0;
                int last = 0;
                const QStringView ref = xml.attributes().value(L("ref"));
                const qsizetype colon = ref.indexOf(u':');
                if (colon > 0 && parseReference(ref.mid(colon + 1), &c, &last) && last > MaxRows + 1) {
                    setError(tooManyRows());
                    m_done = true;
                    return std::nullopt;
                }
            } else if (!inRow && name != L("worksheet") && name != L("sheetData")) {
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == L("row") && inRow) {
                inRow = false;
                m_lastRow = row.number;
                applyMerges(row);
                if (row.cells.isEmpty())
                    continue;
                if (++m_rows > MaxRows) {
                    setError(tooManyRows());
                    m_done = true;
                    return std::nullopt;
                }
                return row;
            }
            if (xml.name() == L("sheetData")) {
                m_done = true;
                return std::nullopt;
            }
        }
    }
    m_done = true;
    if (xml.hasError() || m_sheet->failed())
        setError(damaged());
    return std::nullopt;
}
