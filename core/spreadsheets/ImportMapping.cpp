// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/ImportMapping.h"

#include "spreadsheets/XlsxSheetReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr qint64 MaxMappingBytes = 1024 * 1024;
const QString FormatKey = QStringLiteral("fupin_import_mapping");
} // namespace

ImportMapping::ImportMapping() : m_columns(ImportField::Count, -1)
{ }

ImportMapping ImportMapping::fromHeader(const SheetRow &header)
{
    ImportMapping mapping;
    for (int c = 0; c < header.cells.size(); ++c) {
        const QString text = header.cells.at(c).text.trimmed();
        mapping.m_headers << text;
        const ImportField::Id field = ImportField::forHeader(text);
        if (field != ImportField::Count && mapping.m_columns.at(field) < 0)
            mapping.m_columns[field] = c;
    }
    return mapping;
}

void ImportMapping::setColumn(ImportField::Id field, int column)
{
    // A column holds one field: the one it is given to now.
    for (int &c : m_columns) {
        if (column >= 0 && c == column)
            c = -1;
    }
    m_columns[field] = column;
}

int ImportMapping::size() const
{
    return int(std::count_if(m_columns.cbegin(), m_columns.cend(), [](int c) { return c >= 0; }));
}

QString ImportMapping::columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QString ImportMapping::columnName(int column) const
{
    const QString text = header(column);
    return text.isEmpty() ? columnLetters(column) : tr("%1 (%2)").arg(columnLetters(column), text);
}

QStringList ImportMapping::missingRequired() const
{
    QStringList missing;
    for (ImportField::Id f : {ImportField::Name, ImportField::IdNumber, ImportField::Relation}) {
        if (!has(f))
            missing << ImportField::of(f).name();
    }
    if (!has(ImportField::HouseholdCode) && !has(ImportField::Village))
        missing << tr("%1 or %2")
                       .arg(ImportField::of(ImportField::HouseholdCode).name(),
                           ImportField::of(ImportField::Village).name());
    return missing;
}

Status ImportMapping::load(const QString &fileName)
{
    const QString shown = QFileInfo(fileName).fileName();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The mapping %1 cannot be read: %2").arg(shown, file.errorString()));
    if (file.size() > MaxMappingBytes)
        return Status::failure(tr("%1 is not a column mapping saved by this app.").arg(shown));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (!root.contains(FormatKey) || !root.value(QStringLiteral("fields")).isObject())
        return Status::failure(tr("%1 is not a column mapping saved by this app.").arg(shown));
    const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    ImportMapping next = *this;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const ImportField::Id field = ImportField::forKey(it.key());
        if (field == ImportField::Count)
            return Status::failure(tr("The mapping %1 names a field this app does not know: %2").arg(shown, it.key()));
        const QString column = it.value().toString().trimmed();
        if (column.isEmpty()) {
            next.m_columns[field] = -1;
            continue;
        }
        int index = int(m_headers.indexOf(column));
        if (index < 0) {
            const QString normalized = ImportField::normalizedHeader(column);
            for (int c = 0; c < m_headers.size() && index < 0; ++c) {
                if (ImportField::normalizedHeader(m_headers.at(c)) == normalized)
                    index = c;
            }
        }
        int row = 0;
        if (index < 0 && column.size() <= 3 && XlsxSheetReader::parseReference(column, &index, &row) && row == 0) {
            // a column letter
        } else if (index < 0) {
            return Status::failure(tr("The mapping %1 puts %2 in the column \"%3\", which this sheet does not have.")
                                       .arg(shown, ImportField::of(field).name(), column));
        }
        next.setColumn(field, index);
    }
    *this = next;
    return {};
}

Status ImportMapping::save(const QString &fileName) const
{
    QJsonObject fields;
    for (const ImportField &f : ImportField::all()) {
        const int c = m_columns.at(f.id);
        if (c >= 0)
            fields.insert(QLatin1String(f.key), header(c).isEmpty() ? columnLetters(c) : header(c));
    }
    QJsonObject root{{FormatKey, 1}, {QStringLiteral("fields"), fields}};
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("The mapping cannot be saved to %1: %2").arg(fileName, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(tr("The mapping cannot be saved to %1: %2").arg(fileName, file.errorString()));
    return {};
}
