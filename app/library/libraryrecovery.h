#pragma once

#include "backups.h"
#include "library.h"

#include <functional>
#include <memory>
#include <optional>

class QMessageBox;
class QWidget;

namespace iia {

/// What the user chooses when the library file is refused at start.
enum class RecoveryChoice
{
    RestoreLatest, ///< put the latest sound backup back
    StartEmpty,    ///< move the refused file into the damaged folder and start an empty library
    Quit           ///< change nothing
};

/// Asked with the refusal (its message names the copy set aside) and the latest sound backup, if any.
using RecoveryQuestion =
    std::function<RecoveryChoice(const Error &refusal, const std::optional<BackupInfo> &latest)>;

/// Opens the library in paths; when its file is refused (damaged, not ours, or newer; see
/// Library::isRefusal), asks what to do and does it. Returns the library, a null pointer when the user chose
/// to quit, or the error to show. The refused file is never changed or deleted. With CareTiming::Later the
/// day's check is left to the caller, which asks the same question when it finds damage (MainWindow).
Result<std::unique_ptr<Library>>
openLibraryWithRecovery(const Paths &paths, const RecoveryQuestion &ask,
                        Library::CareTiming care = Library::CareTiming::AtOpen);

/// The question as a message box: "Restore the Latest Backup" (only with a backup), "Start with an Empty
/// Library", "Quit". The caller runs it; recoveryChoice() reads the answer.
std::unique_ptr<QMessageBox> makeRecoveryBox(const Error &refusal, const std::optional<BackupInfo> &latest,
                                             QWidget *parent = nullptr);
RecoveryChoice recoveryChoice(const QMessageBox &box);
/// Runs the message box (the question the application asks at start).
RecoveryChoice askRecovery(const Error &refusal, const std::optional<BackupInfo> &latest);

} // namespace iia
