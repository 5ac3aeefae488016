#include "library/backupsdialog.h"

#include "library/backupmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace iia {

using namespace Qt::StringLiterals;

BackupsDialog::BackupsDialog(Backups backups, bool canRestore, QWidget *parent)
    : QDialog(parent)
    , m_backups(std::move(backups))
    , m_canRestore(canRestore)
    , m_model(new BackupModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(u"backupsDialog"_s);
    setWindowTitle(tr("Backups of the Library"));
    setAccessibleName(tr("Backups of the library"));

    auto *intro = new QLabel(this);
    intro->setObjectName(u"backupsIntro"_s);
    intro->setWordWrap(true);
    intro->setText(
        tr("A backup of the library is taken before every update of its format, once a day when you "
           "use the application, and before a backup is put back. The newest %1 are kept in %2.")
            .arg(Backups::kBackupsKept)
            .arg(QDir::toNativeSeparators(m_backups.folder())));

    m_table->setObjectName(u"backupsTable"_s);
    m_table->setAccessibleName(tr("Backups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_empty->setObjectName(u"backupsEmpty"_s);
    m_empty->setText(
        tr("There are no backups yet. The first is taken tomorrow, when you start the application "
           "again, or before the library's format is next updated."));
    m_empty->setWordWrap(true);

    m_restore->setObjectName(u"backupsRestore"_s);
    m_restore->setAccessibleName(tr("Restore the selected backup"));
    if (!m_canRestore)
        m_restore->setToolTip(tr("The library is read-only, so no backup can be put back."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"backupsButtons"_s);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"backupsClose"_s);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::confirmRestore);
    connect(m_table, &QTableView::doubleClicked, this, &BackupsDialog::confirmRestore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(560, 380);
    reload();
}

void BackupsDialog::reload()
{
    m_model->setBackups(m_backups.list());
    m_table->resizeColumnsToContents();
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    if (any)
        m_table->selectRow(0);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsDialog::updateActions, Qt::UniqueConnection);
    updateActions();
}

QString BackupsDialog::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(BackupModel::NameRole).toString();
}

void BackupsDialog::updateActions()
{
    m_restore->setEnabled(m_canRestore && !selectedName().isEmpty());
}

void BackupsDialog::confirmRestore()
{
    const QString name = selectedName();
    if (name.isEmpty() || !m_canRestore)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const BackupInfo &b = m_model->backup(rows.first().row());
    QMessageBox box(QMessageBox::Question, tr("Restore a Backup"),
                    tr("Put back the backup taken %1, with %n assessment(s), in place of the library?",
                       nullptr, b.assessments)
                        .arg(QLocale().toString(b.created.toLocalTime(), QLocale::LongFormat)),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"confirmRestore"_s);
    box.setInformativeText(
        tr("The library as it is now is backed up first, so this can be undone by restoring "
           "that backup."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(u"confirmRestoreButton"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == restore)
        Q_EMIT restoreRequested(name);
}

} // namespace iia
