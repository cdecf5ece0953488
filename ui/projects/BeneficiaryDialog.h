// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class CountyDatabase;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Chooses the beneficiary households (受益户) of a project from the register: the households of
// the place where the project is built, searched by name, ID or household code, moved to the
// chosen list and confirmed at once through ProjectLibrary::changeBeneficiaries, one transaction.
class BeneficiaryDialog : public QDialog
{
    Q_OBJECT

public:
    BeneficiaryDialog(CountyDatabase &db, qint64 projectId, QWidget *parent = nullptr);

    void accept() override;
    QList<qint64> chosen() const;

public slots:
    void search();
    void addCurrent();
    void removeCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidgetItem *itemFor(qint64 id, const QString &code, const QString &head, const QString &village) const;

    CountyDatabase &m_db;
    qint64 m_projectId;
    qint64 m_divisionId = 0;
    int m_divisionLevel = 1;
    QList<qint64> m_original;
    QLineEdit *m_search = nullptr;
    QListWidget *m_candidates = nullptr;
    QListWidget *m_chosen = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_found = nullptr;
    QLabel *m_error = nullptr;
};
