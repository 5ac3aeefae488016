// PDF import through the helper process iia-pdftext (pdftext_main.cpp): the application never loads Poppler.

#include "draftformats_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace iia::draftformats {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 120'000;

// Next to the executable when installed; in the build tree while developing and testing.
QString helperPath()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"iia-pdftext"_s);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStringLiteral(IIA_PDFTEXT_BUILD_PATH);
}

} // namespace

Result<QString> readPdf(const QByteArray &data, const QString &fileName, int &pages)
{
    const QString helper = helperPath();
    if (!QFileInfo(helper).isExecutable()) {
        return failFor(ErrorCode::Io,
                       Tr::tr("PDF files cannot be imported because this installation lacks its PDF reader "
                              "(%1). Reinstall the application, or paste the text of the draft instead.")
                           .arg(QDir::toNativeSeparators(helper)),
                       fileName);
    }
    QProcess process;
    process.setProgram(helper);
    process.start(QIODevice::ReadWrite);
    bool ran = process.waitForStarted();
    if (ran) {
        process.write(data);
        process.closeWriteChannel();
        ran = process.waitForFinished(kTimeoutMs);
    }
    if (!ran || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return failFor(ErrorCode::Parse,
                       Tr::tr("The PDF “%1” could not be read: the PDF reader stopped on it (it may be "
                              "damaged or made to cause harm). Nothing was imported. Open it in a PDF reader "
                              "and paste the text of the draft instead.")
                           .arg(fileName),
                       fileName);
    }
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QString problem = result.value(u"problem"_s).toString();
    if (problem == u"locked") {
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("The PDF “%1” is protected by a password. Open it with its password in a PDF reader, "
                   "save a copy without protection and import that copy, or paste the text instead.")
                .arg(fileName),
            fileName);
    }
    if (problem == u"no-text") {
        return failFor(
            ErrorCode::Unsupported,
            Tr::tr("This PDF contains no text, only images (it is probably a scan). Run it through OCR "
                   "software first, or paste the text."),
            fileName);
    }
    if (problem != u"none") {
        return failFor(
            ErrorCode::Parse,
            Tr::tr("The file “%1” is not a readable PDF: it is damaged or incomplete. Open it in a PDF "
                   "reader to check it, or paste the text of the draft instead.")
                .arg(fileName),
            fileName);
    }
    pages = result.value(u"pages"_s).toInt();
    return result.value(u"text"_s).toString();
}

} // namespace iia::draftformats
