// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/XlsSheetReader.h"

#include <freexl.h>

#include <QFile>

#include <algorithm>

XlsSheetReader::XlsSheetReader(const QString &path) : SheetReader(path)
{ }

XlsSheetReader::~XlsSheetReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Status XlsSheetReader::load()
{
    const QByteArray local = QFile::encodeName(path());
    const int rc = freexl_open(local.constData(), &m_handle);
    if (rc != FREEXL_OK) {
        if (rc == FREEXL_BIFF_INVALID_BOF)
            return Status::failure(tr("%1 is an Office file but not an Excel workbook this app reads (perhaps a Word "
                                      "document, or a workbook from before Excel 97). Open it in Excel or WPS and "
                                      "save it as .xlsx.")
                                       .arg(fileName()));
        return Status::failure(tr("%1 is damaged or incomplete: it cannot be read as an Excel 97–2003 workbook "
                                  "(.xls). Open it in Excel or WPS and save it again as .xlsx.")
                                   .arg(fileName()));
    }
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return Status::failure(tr("%1 is protected by a password. Open it in Excel or WPS, remove the password, save "
                                  "it and import it again.")
                                   .arg(fileName()));
    unsigned int sheets = 0;
    freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    for (unsigned short i = 0; i < sheets; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_handle, i, &name) == FREEXL_OK)
            m_names << QString::fromUtf8(name ? name : "");
    }
    if (m_names.isEmpty())
        return Status::failure(tr("%1 holds no worksheet.").arg(fileName()));
    return {};
}

Status XlsSheetReader::selectSheet(int index)
{
    if (index < 0 || index >= m_names.size())
        return Status::failure(tr("%1 has no sheet number %2.").arg(fileName()).arg(index + 1));
    setError(QString());
    m_nextRow = 0;
    if (freexl_select_active_worksheet(m_handle, (unsigned short)index) != FREEXL_OK
        || freexl_worksheet_dimensions(m_handle, &m_rowCount, &m_columnCount) != FREEXL_OK)
        return Status::failure(tr("%1: the sheet %2 cannot be read.").arg(fileName(), m_names.at(index)));
    if (m_rowCount > unsigned(MaxRows))
        return Status::failure(tooManyRows());
    return {};
}

double XlsSheetReader::progress() const
{
    return m_rowCount ? double(m_nextRow) / double(m_rowCount) : 1.0;
}

std::optional<SheetRow> XlsSheetReader::next()
{
    const unsigned short columns = std::min<unsigned short>(m_columnCount, MaxColumns);
    while (m_nextRow < m_rowCount) {
        SheetRow row;
        row.number = int(m_nextRow) + 1;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(m_handle, m_nextRow, c, &value) != FREEXL_OK)
                continue;
            SheetCell cell;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.kind = SheetCell::Kind::Number;
                cell.number = value.value.int_value;
                cell.text = QString::number(value.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                cell.kind = SheetCell::Kind::Number;
                cell.number = value.value.double_value;
                cell.text = QString::number(value.value.double_value, 'g', 17);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell.kind = SheetCell::Kind::Text;
                cell.text = QString::fromUtf8(value.value.text_value ? value.value.text_value : "");
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
                cell.kind = SheetCell::Kind::Date;
                cell.date = QDate::fromString(
                    QString::fromLatin1(value.value.text_value ? value.value.text_value : "").left(10), Qt::ISODate);
                cell.text = cell.date.toString(Qt::ISODate);
                break;
            case FREEXL_CELL_TIME:
                cell.kind = SheetCell::Kind::Text;
                cell.text = QString::fromLatin1(value.value.text_value ? value.value.text_value : "");
                break;
            default:
                break;
            }
            if (cell.kind == SheetCell::Kind::Empty)
                continue;
            if (row.cells.size() <= c)
                row.cells.resize(c + 1);
            row.cells[c] = std::move(cell);
        }
        ++m_nextRow;
        if (!row.cells.isEmpty())
            return row;
    }
    return std::nullopt;
}
