// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/Visit.h"
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
struct VisitRecord;

// Logs a visit (走访) to a household: today's date, the cadres who went (the one chosen first leads;
// others can be ticked or added by name), what was found and done, an optional follow-up date, and
// photos. Quick to fill from the keyboard: the findings have the focus, Tab goes on, Ctrl+Enter
// saves. Photos are shrunk by PhotoFile as they are added; the visit, its cadres and its photos are
// saved together by AssistanceForces::saveVisit, or nothing is.
// A saved visit opens with its photos as thumbnails: Enter or a double-click shows one at full
// size, and removing one asks first and goes through VisitPhotos::remove at once (audited).
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    // cadres: the cadres to choose from (id, name), `cadreId` ticked first as the lead.
    VisitDialog(CountyDatabase &db, qint64 householdId, const QList<QPair<qint64, QString>> &cadres, qint64 cadreId,
        QWidget *parent = nullptr);
    // A saved visit, its cadres ticked; `cadres` are more to choose from. Without `editable` it
    // is only read: its photos can be looked at, nothing changed.
    VisitDialog(CountyDatabase &db, const VisitRecord &saved, const QList<QPair<qint64, QString>> &cadres,
        bool editable, QWidget *parent = nullptr);

    void accept() override;
    // Shrinks and adds photo files (the file dialog's choice); a refused file is named in the
    // dialog's message and left out. Returns how many were added.
    int addPhotoFiles(const QStringList &paths);
    // Adds the live cadre with this name, id or phone to the cadres who went, ticked.
    bool addCadre(const QString &text);
    const QList<NewVisitPhoto> &photos() const { return m_photos; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build(const QList<QPair<qint64, QString>> &cadres, const QList<qint64> &ticked);
    void addPhotoItem(const QByteArray &bytes, const QString &name);
    void choosePhotos();
    void removePhoto();
    void showPhoto();
    // The item's index in m_photos, or -1 for a photo already saved.
    int newPhotoIndex(int row) const;
    void addCadreChoice(qint64 id, const QString &name, bool ticked);
    void showError(const QString &text);

    CountyDatabase &m_db;
    Visit m_visit; // the saved one, or a new one of the household
    qint64 m_lead;
    bool m_editable = true;
    QDateEdit *m_date = nullptr;
    QListWidget *m_cadres = nullptr;
    QLineEdit *m_addCadre = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QPlainTextEdit *m_actions = nullptr;
    QCheckBox *m_followUp = nullptr;
    QDateEdit *m_followUpDate = nullptr;
    QListWidget *m_photoList = nullptr;
    QPushButton *m_addPhotos = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QLabel *m_error = nullptr;
    QList<VisitPhoto> m_saved; // the saved visit's photos, the list's first rows
    QList<NewVisitPhoto> m_photos; // to add on saving, after the saved ones in the list
};
