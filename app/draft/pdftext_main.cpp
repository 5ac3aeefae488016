// iia-pdftext: reads a PDF on standard input and writes its text as JSON on standard output:
// {"problem": "none|locked|damaged|no-text", "pages": N, "text": "…"}. The application runs it for PDF
// import, so that Poppler (and the network and crypto libraries it links) stays out of the application's
// own process: a faster start, and a hostile PDF that crashes Poppler cannot take the application down.

#include "draftformats_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QFile input;
    QFile output;
    if (!input.open(stdin, QIODevice::ReadOnly) || !output.open(stdout, QIODevice::WriteOnly))
        return 1;
    const iia::draftformats::PdfText result = iia::draftformats::extractPdfText(input.readAll());
    QString problem;
    switch (result.problem) {
    case iia::draftformats::PdfText::Problem::None: problem = u"none"_s; break;
    case iia::draftformats::PdfText::Problem::Locked: problem = u"locked"_s; break;
    case iia::draftformats::PdfText::Problem::Damaged: problem = u"damaged"_s; break;
    case iia::draftformats::PdfText::Problem::NoText: problem = u"no-text"_s; break;
    }
    const QJsonObject object{{u"problem"_s, problem}, {u"pages"_s, result.pages}, {u"text"_s, result.text}};
    output.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return 0;
}
