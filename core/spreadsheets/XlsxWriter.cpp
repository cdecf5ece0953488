// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/XlsxWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace {

// Excel's limits: rows of a sheet, characters of a cell.
constexpr qint64 ExcelRows = 1'048'576;
constexpr qsizetype ExcelCellCharacters = 32'767;
constexpr int MaxColumnWidth = 60;
// How often the sheet's temporary file is checked for a failed write (a full disk).
constexpr quint32 CheckEvery = 4096;

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
QByteArray sheetNameOf(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        if (!QStringLiteral("[]:*?/\\").contains(c))
            clean += c;
    }
    clean = clean.trimmed().left(31);
    return (clean.isEmpty() ? QStringLiteral("Sheet1") : clean).toUtf8();
}

} // namespace

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
    m_folder = QFile::encodeName(QFileInfo(temporaryPath).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // Beside the output: a full disk then fails the workbook, not only its scratch data.
    options.tmpdir = m_folder.data();
    errno = 0;
    m_workbook = workbook_new_opt(QFile::encodeName(temporaryPath).constData(), &options);
    if (!m_workbook)
        return failed(errno ? errno : ENOMEM);
    m_sheet = workbook_add_worksheet(m_workbook, sheetNameOf(sheetName).constData());
    if (!m_sheet)
        return failed(errno ? errno : ENOSPC);
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@"); // a cell typed into later stays text too
    m_amount = workbook_add_format(m_workbook);
    format_set_num_format(m_amount, "#,##0.00");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");

    m_widths.clear();
    m_row = 0;
    for (qsizetype c = 0; c < columns().size(); ++c) {
        const QString &header = columns().at(c).header;
        m_widths << displayWidth(header);
        worksheet_write_string(m_sheet, 0, lxw_col_t(c), header.toUtf8().constData(), m_header);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return {};
}

Status XlsxWriter::row(const QVariantList &cells)
{
    ++m_row;
    for (qsizetype c = 0; c < columns().size(); ++c) {
        const QVariant cell = cells.value(c);
        if (!cell.isValid() || cell.isNull())
            continue;
        const auto col = lxw_col_t(c);
        lxw_error result = LXW_NO_ERROR;
        int width = 0;
        switch (columns().at(c).kind) {
        case ExportColumn::Kind::Text: {
            const QString value = cell.toString();
            if (value.isEmpty())
                continue;
            if (value.size() > ExcelCellCharacters)
                return Status::failure(tr("Row %1 of %2 has more than %3 characters in the column \"%4\", more than "
                                          "an Excel cell holds: export the list to CSV.")
                                           .arg(m_row + 1)
                                           .arg(QDir::toNativeSeparators(path()))
                                           .arg(ExcelCellCharacters)
                                           .arg(columns().at(c).header));
            result = worksheet_write_string(m_sheet, m_row, col, value.toUtf8().constData(), m_text);
            width = displayWidth(value);
            break;
        }
        case ExportColumn::Kind::Number:
            result = worksheet_write_number(m_sheet, m_row, col, cell.toDouble(), nullptr);
            width = int(text(columns().at(c), cell).size());
            break;
        case ExportColumn::Kind::Amount: {
            const qint64 fen = cell.toLongLong();
            result = worksheet_write_number(m_sheet, m_row, col, double(fen) / 100.0, m_amount);
            width = int(text(columns().at(c), cell).size()) + 4; // thousands separators
            break;
        }
        case ExportColumn::Kind::Date: {
            const QDate day = cell.toDate();
            if (!day.isValid())
                continue;
            lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0};
            result = worksheet_write_datetime(m_sheet, m_row, col, &when, m_date);
            width = 10;
            break;
        }
        }
        if (result != LXW_NO_ERROR)
            return failed(errno ? errno : ENOSPC);
        m_widths[c] = std::max(m_widths.at(c), width);
    }
    if (m_row % CheckEvery == 0)
        return checkStream();
    return {};
}

Status XlsxWriter::checkStream()
{
    // In constant-memory mode the rows go to a temporary file whose writes libxlsxwriter does not
    // check; a full disk would leave a cut sheet in a workbook that opens as damaged.
    FILE *stream = m_sheet ? m_sheet->optimize_tmpfile : nullptr;
    if (stream && (std::fflush(stream) != 0 || std::ferror(stream)))
        return failed(errno ? errno : ENOSPC);
    return {};
}

Status XlsxWriter::end()
{
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        const double width = std::min(MaxColumnWidth, m_widths.at(c)) + 2;
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_autofilter(m_sheet, 0, 0, m_row, lxw_col_t(columns().size() - 1));
    if (Status s = checkStream(); !s)
        return s;
    errno = 0;
    const lxw_error result = workbook_close(m_workbook); // frees the workbook, written or not
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (result != LXW_NO_ERROR)
        return failed(errno ? errno : ENOSPC);
    return {};
}

Status XlsxWriter::failed(int errorNumber)
{
    abandon();
    return Status::failure(failure(path(), errorNumber));
}

void XlsxWriter::abandon()
{
    if (m_workbook)
        lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
}
