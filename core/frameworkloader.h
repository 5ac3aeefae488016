#pragma once

#include "error.h"
#include "framework.h"

#include <QByteArray>

namespace iia {

/// Every error found in one file, in document order.
using Errors = QList<Error>;

/// Reads framework files: JSON syntax, then the schema (assessments/schema/framework.schema.json), then
/// meaning (duplicate ids, dangling references, missing default-language texts, bad patterns).
/// Returns a complete framework or every error found, each with file, line, column and JSON pointer.
class FrameworkLoader
{
public:
    static std::expected<FrameworkPtr, Errors> load(const QByteArray &data, const QString &fileName,
                                                    bool builtIn = false);
    static std::expected<FrameworkPtr, Errors> loadFile(const QString &path, bool builtIn = false);

    /// The languages the framework declares that some text lacks, as warnings (ErrorCode::Semantic) with the
    /// pointer of each incomplete text. Loading does not fail for these: the text falls back.
    static Errors missingTranslations(const QByteArray &data, const QString &fileName);

    /// The highest framework file format this program reads.
    static constexpr int kFormat = 1;
    /// Files larger than this are refused before parsing.
    static constexpr qsizetype kMaxFileSize = 8 * 1024 * 1024;
};

} // namespace iia
