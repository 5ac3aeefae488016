#include "atomicfile_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace iia::atomicfile {

using namespace Qt::StringLiterals;

namespace {

// These messages were written for the backups and are translated under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::Backups)
};

Error ioError(const QString &message, const QString &file)
{
    return Error{ErrorCode::Io, message, file, 0, 0, {}};
}

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

std::error_code renameFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), error);
    return error;
}

Error renameError(const QString &from, const QString &to, const QString &reason)
{
    return ioError(Tr::tr("“%1” could not be renamed to “%2”: %3.")
                       .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), reason),
                   to);
}

} // namespace

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

Result<void> renameReplacing(const QString &from, const QString &to)
{
    if (const std::error_code error = renameFile(from, to))
        return fail(renameError(from, to, QString::fromLocal8Bit(error.message())));
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

LockedTemporary::LockedTemporary(const QString &folder, const QString &purpose)
    : m_file(folder + u'/' + kPrefix + purpose + u"-XXXXXX"_s + kSuffix)
{
    if (!m_file.open())
        return;
#ifdef Q_OS_UNIX
    // The lock belongs to the open file, so it stays on the file when Qt names it (path()) and goes when the
    // file is closed, whether by this object or by the process ending.
    ::flock(m_file.handle(), LOCK_EX | LOCK_NB);
#endif
}

bool LockedTemporary::write(const QByteArray &data)
{
    // A write that fills the disk returns a short count without an error; the next one fails and says why.
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = m_file.write(data.constData() + written, data.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    return written == data.size() && m_file.flush();
}

Result<void> LockedTemporary::copyFrom(const QString &source)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(ioError(
            Tr::tr("“%1” could not be read: %2.").arg(QDir::toNativeSeparators(source), in.errorString()),
            source));
    }
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError) {
            return fail(ioError(
                Tr::tr("“%1” could not be read: %2.").arg(QDir::toNativeSeparators(source), in.errorString()),
                source));
        }
        if (m_file.write(buffer) != buffer.size())
            return fail(writeError());
    }
    if (!m_file.flush())
        return fail(writeError());
    return {};
}

Result<void> LockedTemporary::commit(const QString &target)
{
    if (!m_file.flush())
        return fail(writeError());
#ifdef Q_OS_UNIX
    if (::fsync(m_file.handle()) != 0) {
        m_reason = systemReason(errno);
        return fail(ioError(Tr::tr("“%1” could not be written to the disk: %2.")
                                .arg(QDir::toNativeSeparators(path()), m_reason),
                            path()));
    }
#endif
    if (const std::error_code error = renameFile(path(), target)) {
        m_reason = QString::fromLocal8Bit(error.message());
        return fail(renameError(path(), target, m_reason));
    }
    syncFolder(QFileInfo(target).absolutePath());
    m_file.setAutoRemove(false);
    return {};
}

Error LockedTemporary::writeError() const
{
    return ioError(
        Tr::tr("“%1” could not be written: %2.").arg(QDir::toNativeSeparators(path()), m_file.errorString()),
        path());
}

} // namespace iia::atomicfile
