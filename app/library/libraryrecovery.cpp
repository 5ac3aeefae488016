#include "library/libraryrecovery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace iia {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::LibraryRecovery)
};
} // namespace

Result<std::unique_ptr<Library>> openLibraryWithRecovery(const Paths &paths, const RecoveryQuestion &ask,
                                                         Library::CareTiming care)
{
    const auto open = [&] {
        return Library::open(paths, Store::Mode::ReadWrite, care);
    };
    auto library = open();
    if (library || !Library::isRefusal(library.error(), paths))
        return library;
    const Backups backups(paths);
    const std::optional<BackupInfo> latest = backups.latest();
    switch (ask(library.error(), latest)) {
    case RecoveryChoice::RestoreLatest: {
        if (!latest)
            return library;
        auto restored = Library::restoreBackup(paths, latest->name);
        if (!restored)
            return fail(restored.error());
        return open();
    }
    case RecoveryChoice::StartEmpty: {
        auto moved = backups.moveAsideDamaged();
        if (!moved)
            return fail(moved.error());
        return open();
    }
    case RecoveryChoice::Quit: break;
    }
    return std::unique_ptr<Library>();
}

std::unique_ptr<QMessageBox> makeRecoveryBox(const Error &refusal, const std::optional<BackupInfo> &latest,
                                             QWidget *parent)
{
    auto box = std::make_unique<QMessageBox>(parent);
    box->setObjectName(u"recoveryBox"_s);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(Tr::tr("The Library Cannot Be Opened"));
    box->setText(refusal.message);
    box->setInformativeText(
        latest
            ? Tr::tr(
                  "You can put the latest backup back (taken %1), start with an empty library, or quit and "
                  "change nothing. The file that was refused is kept in either case.")
                  .arg(QLocale().toString(latest->created.toLocalTime(), QLocale::LongFormat))
            : Tr::tr("There is no backup to put back. You can start with an empty library, or quit and "
                     "change nothing. The file that was refused is kept in either case."));
    if (latest) {
        QPushButton *restore = box->addButton(Tr::tr("&Restore the Latest Backup"), QMessageBox::AcceptRole);
        restore->setObjectName(u"recoveryRestore"_s);
        restore->setAccessibleName(Tr::tr("Restore the latest backup"));
        box->setDefaultButton(restore);
    }
    QPushButton *empty = box->addButton(Tr::tr("&Start with an Empty Library"), QMessageBox::DestructiveRole);
    empty->setObjectName(u"recoveryEmpty"_s);
    empty->setAccessibleName(Tr::tr("Start with an empty library"));
    QPushButton *quit = box->addButton(Tr::tr("&Quit"), QMessageBox::RejectRole);
    quit->setObjectName(u"recoveryQuit"_s);
    quit->setAccessibleName(Tr::tr("Quit"));
    box->setEscapeButton(quit);
    if (!latest)
        box->setDefaultButton(quit);
    return box;
}

RecoveryChoice recoveryChoice(const QMessageBox &box)
{
    const QAbstractButton *clicked = box.clickedButton();
    if (!clicked)
        return RecoveryChoice::Quit;
    if (clicked->objectName() == u"recoveryRestore")
        return RecoveryChoice::RestoreLatest;
    if (clicked->objectName() == u"recoveryEmpty")
        return RecoveryChoice::StartEmpty;
    return RecoveryChoice::Quit;
}

RecoveryChoice askRecovery(const Error &refusal, const std::optional<BackupInfo> &latest)
{
    const auto box = makeRecoveryBox(refusal, latest);
    box->exec();
    return recoveryChoice(*box);
}

} // namespace iia
