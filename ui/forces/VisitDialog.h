// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/VisitPhotos.h"

#include <QDialog>
#include <QList>
#include <QPair>

class CountyDatabase;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Logs a visit (走访) to a household: today's date, the cadres who went (the one chosen first leads;
// others can be ticked or added by name), what was found and done, an optional follow-up date, and
// photos. Quick to fill from the keyboard: the findings have the focus, Tab goes on, Ctrl+Enter
// saves. Photos are shrunk by PhotoFile as they are added; the visit, its cadres and its photos are
// saved together by AssistanceForces::saveVisit, or nothing is.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    // cadres: the cadres to choose from (id, name), `cadreId` ticked first as the lead.
    VisitDialog(CountyDatabase &db, qint64 householdId, const QList<QPair<qint64, QString>> &cadres, qint64 cadreId,
        QWidget *parent = nullptr);

    void accept() override;
    // Shrinks and adds photo files (the file dialog's choice); a refused file is named in the
    // dialog's message and left out. Returns how many were added.
    int addPhotoFiles(const QStringList &paths);
    // Adds the live cadre with this name, id or phone to the cadres who went, ticked.
    bool addCadre(const QString &text);
    const QList<NewVisitPhoto> &photos() const { return m_photos; }

private:
    void choosePhotos();
    void removePhoto();
    void addCadreChoice(qint64 id, const QString &name, bool ticked);
    void showError(const QString &text);

    CountyDatabase &m_db;
    qint64 m_household;
    qint64 m_lead;
    QDateEdit *m_date = nullptr;
    QListWidget *m_cadres = nullptr;
    QLineEdit *m_addCadre = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QPlainTextEdit *m_actions = nullptr;
    QCheckBox *m_followUp = nullptr;
    QDateEdit *m_followUpDate = nullptr;
    QListWidget *m_photoList = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QLabel *m_error = nullptr;
    QList<NewVisitPhoto> m_photos;
};
