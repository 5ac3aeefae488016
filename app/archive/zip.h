#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <memory>

namespace iia::zip {

/// A zip container opened for reading: a DOCX or ODT draft.
class Reader
{
public:
    virtual ~Reader() = default;

    struct Part
    {
        enum class Status
        {
            Ok,          ///< data holds the whole file
            Missing,     ///< no file of that path
            TooBig,      ///< it declares, or unpacks to, more than the limit
            Unsupported, ///< compressed in a way that cannot be read
            Damaged      ///< unpacking it failed part way
        };
        Status status = Status::Missing;
        QByteArray data;
    };

    /// Whether the container holds an entry (a file or a folder) of path.
    virtual bool contains(const QString &path) const = 0;
    /// The file path unpacked, read in pieces and given up on beyond maxSize bytes, whatever size the
    /// container declares for it (a "ZIP bomb" declares a small one).
    virtual Part read(const QString &path, qint64 maxSize) const = 0;
};

/// One file to write into a container.
struct Entry
{
    QString path;
    QByteArray data;
    bool compress = true; ///< deflate; false to store it as it is (an ODF file's mimetype)
};

/// Zip containers by KDE's KArchive: reading DOCX and ODT drafts, writing ODT briefs.
///
/// It lives in a plugin, iia_archive, loaded the first time a container is read or written: KArchive brings
/// OpenSSL's libcrypto, liblzma, libzstd and libbz2, whose loading took 14 ms of an 84 ms cold start of an
/// empty Qt Widgets program here (5 ms warm), though most sessions open no container at all.
class Archive
{
public:
    virtual ~Archive() = default;

    /// data as a zip container; nullptr when it cannot be unpacked at all.
    virtual std::unique_ptr<Reader> open(const QByteArray &data) const = 0;
    /// A zip container of entries in their order, each dated time; an empty array, with the reason in
    /// *error, when it cannot be assembled.
    virtual QByteArray write(const QList<Entry> &entries, const QDateTime &time, QString *error) const = 0;

    /// The plugin, loaded on first use; nullptr when it cannot be loaded, with the reason in *error.
    static const Archive *instance(QString *error = nullptr);
};

} // namespace iia::zip

#define IIA_ARCHIVE_IID "org.internetsociety.iia.Archive/1"
Q_DECLARE_INTERFACE(iia::zip::Archive, IIA_ARCHIVE_IID)
