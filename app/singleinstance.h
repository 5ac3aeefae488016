#pragma once

#include "error.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class QFileSystemWatcher;
class QLockFile;

namespace iia {

/// One window per library: the first GUI instance for a data folder holds `<data dir>/iia.lock` for as long
/// as it runs; a second one hands its arguments to it through a request file in `<data dir>/inbox/` and
/// exits.
///
/// Qt Core only, no network: the lock is a QLockFile (a lock left behind by a process that no longer runs is
/// recovered), and a request is a small JSON file written atomically (QSaveFile) that the running instance
/// picks up — reads and removes — as soon as its QFileSystemWatcher sees it. Whoever removes a request owns
/// it: the running instance handles it, or the second instance gives up on it when nobody picked it up in
/// time, so a request is handled once or not at all and never left behind.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// What lock() found.
    enum class Role
    {
        Primary,   ///< this process holds the lock: it runs the window and listens for requests
        Secondary, ///< another running process holds it: forward() the arguments to it
        Alone,     ///< the lock could not be taken (a folder that cannot be written): run without it
    };

    /// What a second instance asks of the first.
    struct Request
    {
        QStringList files; ///< absolute paths of the files to open
        bool activate = true;
    };

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Tries to take the lock of the data folder (creating the folder if needed). A stale lock, left by a
    /// process that no longer runs, is removed and taken. With Role::Alone, error() says why.
    Role lock();
    /// Why lock() returned Role::Alone.
    QString error() const { return m_error; }

    /// As a secondary: writes a request to open files (relative paths are made absolute) and raise the
    /// window, then waits up to timeout for the running instance to pick it up. Fails with ErrorCode::Io when
    /// the request cannot be written, and ErrorCode::Conflict when nobody picked it up (the request is then
    /// removed again).
    Result<void> forward(const QStringList &files,
                         std::chrono::milliseconds timeout = std::chrono::milliseconds(kForwardTimeoutMs));

    /// As the primary: creates the inbox, watches it, and emits requestReceived for every request, those
    /// already waiting included (from the event loop, not from within this call).
    void listen();

    QString lockFile() const;
    QString inboxDir() const;

    /// How long forward() waits by default.
    static constexpr int kForwardTimeoutMs = 5000;
    /// Request files larger than this are not ours and are removed unread.
    static constexpr qsizetype kMaxRequestSize = 1024 * 1024;

Q_SIGNALS:
    void requestReceived(const iia::SingleInstance::Request &request);

private:
    void scanInbox();

    QString m_dataDir;
    std::unique_ptr<QLockFile> m_lock;
    QFileSystemWatcher *m_watcher = nullptr;
    QString m_error;
};

} // namespace iia
