// The iia_archive plugin: zip containers by KArchive (see zip.h).

#include "archive/zip.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QObject>

namespace iia::zip {

namespace {

class KZipReader : public Reader
{
public:
    explicit KZipReader(const QByteArray &data)
        : m_zip(&m_buffer)
    {
        m_buffer.setData(data);
    }

    bool open() { return m_zip.open(QIODevice::ReadOnly) && m_zip.directory(); }

    bool contains(const QString &path) const override { return m_zip.directory()->entry(path) != nullptr; }

    Part read(const QString &path, qint64 maxSize) const override
    {
        const KArchiveEntry *entry = m_zip.directory()->entry(path);
        if (!entry || !entry->isFile())
            return {Part::Status::Missing, {}};
        const auto *file = static_cast<const KArchiveFile *>(entry);
        if (file->size() > maxSize)
            return {Part::Status::TooBig, {}};
        const std::unique_ptr<QIODevice> device(file->createDevice());
        if (!device || !device->isOpen())
            return {Part::Status::Unsupported, {}};
        // In pieces: the size a container declares may lie.
        Part part{Part::Status::Ok, {}};
        char chunk[64 * 1024];
        for (;;) {
            const qint64 count = device->read(chunk, sizeof chunk);
            if (count == 0)
                break;
            if (count < 0)
                return {Part::Status::Damaged, {}};
            part.data.append(chunk, count);
            if (part.data.size() > maxSize)
                return {Part::Status::TooBig, {}};
        }
        return part;
    }

private:
    QBuffer m_buffer;
    mutable KZip m_zip;
};

} // namespace

class ArchivePlugin : public QObject, public Archive
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IIA_ARCHIVE_IID)
    Q_INTERFACES(iia::zip::Archive)

public:
    std::unique_ptr<Reader> open(const QByteArray &data) const override
    {
        auto reader = std::make_unique<KZipReader>(data);
        if (!reader->open())
            return nullptr;
        return reader;
    }

    QByteArray write(const QList<Entry> &entries, const QDateTime &time, QString *error) const override
    {
        QByteArray data;
        QBuffer buffer(&data);
        KZip zip(&buffer);
        if (!zip.open(QIODevice::WriteOnly)) {
            *error = zip.errorString();
            return {};
        }
        zip.setExtraField(KZip::NoExtraField);
        bool ok = true;
        for (const Entry &entry : entries) {
            zip.setCompression(entry.compress ? KZip::DeflateCompression : KZip::NoCompression);
            ok = ok && zip.writeFile(entry.path, entry.data, 0100644, QString(), QString(), time, time, time);
        }
        ok = zip.close() && ok;
        if (!ok) {
            *error = zip.errorString();
            return {};
        }
        return data;
    }
};

} // namespace iia::zip

#include "archiveplugin.moc"
