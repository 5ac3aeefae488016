#include "singleinstance.h"

#include "interchange.h"
#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QThread>
#include <QUuid>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kRequestFormat = u"iia-instance-request";
constexpr int kRequestVersion = 1;

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(QDir::cleanPath(QDir(dataDir).absolutePath()))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::lockFile() const
{
    return m_dataDir + u"/iia.lock"_s;
}

QString SingleInstance::inboxDir() const
{
    return Paths(m_dataDir).inboxDir();
}

SingleInstance::Role SingleInstance::lock()
{
    if (!QDir().mkpath(m_dataDir)) {
        m_error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_dataDir));
        return Role::Alone;
    }
    m_lock = std::make_unique<QLockFile>(lockFile());
    // Held for the life of the window: stale only when its owner no longer runs, never because of its age.
    m_lock->setStaleLockTime(std::chrono::milliseconds::zero());
    if (m_lock->tryLock(std::chrono::milliseconds::zero()))
        return Role::Primary;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: return Role::Secondary;
    case QLockFile::PermissionError:
        m_error = tr("The lock file %1 could not be created: permission denied.")
                      .arg(QDir::toNativeSeparators(lockFile()));
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        m_error = tr("The lock file %1 could not be created.").arg(QDir::toNativeSeparators(lockFile()));
        break;
    }
    m_lock.reset();
    return Role::Alone;
}

Result<void> SingleInstance::forward(const QStringList &files, std::chrono::milliseconds timeout)
{
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    const QJsonObject request{{u"format"_s, QString::fromUtf16(kRequestFormat)},
                              {u"version"_s, kRequestVersion},
                              {u"files"_s, paths},
                              {u"activate"_s, true}};
    if (!QDir().mkpath(inboxDir())) {
        return fail(Error{ErrorCode::Io,
                          tr("Internet Impact Assessment is already running for this library, but the folder "
                             "%1 could not be created to reach it.")
                              .arg(QDir::toNativeSeparators(inboxDir())),
                          inboxDir(),
                          0,
                          0,
                          {}});
    }
    // The running instance only looks at *.request files: the temporary file written first
    // (.iia-save-XXXXXX.tmp, removed at the next start if a crash leaves it) is not one.
    const QString path = inboxDir() + u'/' + QString::number(QCoreApplication::applicationPid()) + u'-' +
                         QUuid::createUuid().toString(QUuid::WithoutBraces) + u".request"_s;
    if (auto written = writeFileAtomically(path, QJsonDocument(request).toJson(QJsonDocument::Compact),
                                           TemporaryFile::Locked);
        !written) {
        return fail(written.error());
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeout.count()) {
        if (!QFileInfo::exists(path))
            return {};
        QThread::msleep(20);
    }
    // Whoever removes the request owns it: when this fails, the running instance took it just now.
    if (!QFile::remove(path))
        return {};
    return fail(
        Error{ErrorCode::Conflict,
              tr("Internet Impact Assessment is already running for the library in %1, but it did not "
                 "respond within %2 seconds. Switch to its window, or end it if it no longer "
                 "responds, and try again.")
                  .arg(QDir::toNativeSeparators(m_dataDir))
                  .arg(timeout.count() / 1000.0),
              lockFile(),
              0,
              0,
              {}});
}

void SingleInstance::listen()
{
    if (m_watcher)
        return;
    QDir().mkpath(inboxDir());
    // Watch first, then scan: a request written in between is seen by one or the other.
    m_watcher = new QFileSystemWatcher(QStringList{inboxDir()}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SingleInstance::scanInbox);
    QMetaObject::invokeMethod(this, &SingleInstance::scanInbox, Qt::QueuedConnection);
}

void SingleInstance::scanInbox()
{
    const QFileInfoList entries =
        QDir(inboxDir()).entryInfoList({u"*.request"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        QFile file(entry.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data =
            file.size() <= kMaxRequestSize ? file.read(kMaxRequestSize + 1) : QByteArray();
        file.close();
        // Removing it is taking it: when this fails, the sender gave up on it (or another scan took it).
        if (!QFile::remove(entry.absoluteFilePath()))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (o.value(u"format").toString() != QStringView(kRequestFormat) ||
            o.value(u"version").toInt() != kRequestVersion) {
            qWarning("iia: ignored the unreadable request %s", qUtf8Printable(entry.fileName()));
            continue;
        }
        Request request;
        for (const QJsonValue &v : o.value(u"files").toArray()) {
            if (v.isString() && !v.toString().isEmpty())
                request.files.append(v.toString());
        }
        request.activate = o.value(u"activate").toBool(true);
        Q_EMIT requestReceived(request);
    }
}

} // namespace iia
