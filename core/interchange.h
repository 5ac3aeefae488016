#pragma once

#include "assessment.h"
#include "error.h"
#include "frameworkloader.h"

#include <QByteArray>
#include <QJsonObject>

namespace iia {

class FrameworkRegistry;

/// An earlier state of an assessment, as kept in the history.
struct Revision
{
    RevisionInfo info;
    Assessment snapshot;
    bool operator==(const Revision &) const = default;
};

/// What a .iia file holds: one assessment and its history.
struct IiaDocument
{
    Assessment assessment;
    QList<Revision> history;
};

/// Reads and writes .iia files (UTF-8 JSON, schema in assessments/schema/iia.schema.json).
/// Writing is deterministic: the same assessment always gives the same bytes. Reading trusts nothing:
/// syntax, schema and meaning (question and item ids of the framework, evidence ranges) are all checked
/// and every problem is reported with its JSON pointer, line and column.
class Interchange
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxFileSize = 64 * 1024 * 1024;

    static QByteArray write(const IiaDocument &document);
    /// Writes atomically: the previous file stays intact when anything fails.
    static Result<void> writeFile(const QString &path, const IiaDocument &document);

    /// Reads a document; the registry must know the assessment's framework.
    static std::expected<IiaDocument, Errors> read(const QByteArray &data, const QString &fileName,
                                                   const FrameworkRegistry &registry);
    static std::expected<IiaDocument, Errors> readFile(const QString &path,
                                                       const FrameworkRegistry &registry);

    /// The JSON object of one assessment (also the form of history snapshots in the library).
    static QJsonObject toJson(const Assessment &assessment);
    /// The inverse of toJson for data that passed the schema.
    static Assessment fromJson(const QJsonObject &object);

    static QString formatTime(const QDateTime &time);
    static QDateTime parseTime(const QString &text);
};

/// Where writeFileAtomically() keeps the new content until it replaces the file.
enum class TemporaryFile
{
    /// QSaveFile's: on Linux an unnamed file (O_TMPFILE), which a crash cannot leave behind, where the file
    /// system offers one (ext4, XFS, Btrfs, tmpfs…); elsewhere (FAT, exFAT, network file systems, other
    /// systems) "NAME.XXXXXX" beside the file, which a crash leaves and nothing can tell from another
    /// program's file. For folders that are not ours: exports.
    Unnamed,
    /// ".iia-save-XXXXXX.tmp" beside the file, locked (flock) for as long as it is written, so that the next
    /// start removes one that a crash left (Backups::removeStaleTemporaries). For the data folder.
    Locked,
};

/// Writes data to path atomically: into a temporary file in path's folder, synced, then renamed onto path,
/// checking every step, so that the previous file stays intact when anything fails. Io errors, whose
/// message includes the system's reason.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 TemporaryFile temporary = TemporaryFile::Unnamed);

} // namespace iia
