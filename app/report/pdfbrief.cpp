#include "pdfbrief.h"

#include "briefdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>

#include <map>

using namespace Qt::StringLiterals;

namespace iia {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(iia::PdfBrief)
};

constexpr int kResolution = 300; // device pixels per inch while laying out and painting

std::unexpected<Error> pdfError(const QString &message)
{
    return fail(ErrorCode::Io, message);
}

// A PDF text string: UTF-16BE with a byte order mark, in hexadecimal.
QByteArray pdfTextString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text) {
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return out + '>';
}

// The dictionary of object number in pdf (between "N 0 obj" and "endobj"), searching from the end so that
// the newest version of an object wins.
QByteArray objectBody(const QByteArray &pdf, int number)
{
    const QByteArray head = '\n' + QByteArray::number(number) + " 0 obj";
    qsizetype at = pdf.lastIndexOf(head);
    if (at < 0)
        return {};
    at += head.size();
    const qsizetype end = pdf.indexOf("endobj", at);
    return end < 0 ? QByteArray() : pdf.mid(at, end - at).trimmed();
}

int referenceIn(const QByteArray &dict, const char *key)
{
    static const QString pattern = u"/%1\\s+(\\d+)\\s+0\\s+R"_s;
    const QRegularExpression re(pattern.arg(QString::fromLatin1(key)));
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

QPageSize pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::Honduras: return QPageSize(QPageSize::Letter);
    default: return QPageSize(QPageSize::A4);
    }
}

Result<QByteArray> addPdfOutline(const QByteArray &pdf, const QList<PdfOutlineEntry> &entries)
{
    if (entries.isEmpty())
        return pdf;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (startxref < 0 || trailerAt < 0 || trailerAt > startxref)
        return pdfError(Tr::tr("The PDF has no trailer where one was expected."));
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    const qint64 previousXref = pdf.mid(startxref + 9).trimmed().split('\n').value(0).trimmed().toLongLong();
    static const QRegularExpression sizeRe(u"/Size\\s+(\\d+)"_s);
    const auto sizeMatch = sizeRe.match(QString::fromLatin1(trailer));
    const int rootNumber = referenceIn(trailer, "Root");
    const int infoNumber = referenceIn(trailer, "Info");
    if (!sizeMatch.hasMatch() || rootNumber < 0)
        return pdfError(Tr::tr("The PDF's trailer names no catalogue."));
    const int size = sizeMatch.captured(1).toInt();

    QByteArray catalog = objectBody(pdf, rootNumber);
    const int pagesNumber = referenceIn(catalog, "Pages");
    const QByteArray pages = objectBody(pdf, pagesNumber);
    static const QRegularExpression kidsRe(u"/Kids\\s*\\[([^\\]]*)\\]"_s);
    const auto kidsMatch = kidsRe.match(QString::fromLatin1(pages));
    if (!catalog.startsWith("<<") || !kidsMatch.hasMatch())
        return pdfError(Tr::tr("The PDF's page tree was not found."));
    QList<int> pageObjects;
    static const QRegularExpression refRe(u"(\\d+)\\s+0\\s+R"_s);
    for (auto it = refRe.globalMatch(kidsMatch.captured(1)); it.hasNext();)
        pageObjects.append(it.next().captured(1).toInt());

    // The outline as a tree, in one pass: for each entry its parent (−1 for the outline root), and how many
    // entries lie below it (/Count: every level is shown open), which grows for each entry opened under it.
    // (Appended rather than sized up front: g++ 14 cannot see that a size from entries.size() is not
    // negative, and warned of a memset that overflows.)
    QList<int> parent;
    QList<int> descendants;
    std::map<int, QList<int>> children; // parent index → children, in order
    {
        QList<int> stack; // indices of the open entries, one per level
        for (const PdfOutlineEntry &entry : entries) {
            while (!stack.isEmpty() && entries.at(stack.last()).level >= entry.level)
                stack.removeLast();
            const int index = int(parent.size());
            parent.append(stack.isEmpty() ? -1 : stack.last());
            children[parent.last()].append(index);
            for (const int open : std::as_const(stack))
                ++descendants[open];
            descendants.append(0);
            stack.append(index);
        }
    }
    const int n = int(parent.size());
    const int rootObject = size;
    auto objectOf = [size](int index) {
        return size + 1 + index;
    };

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::map<int, qsizetype> offsets;
    auto writeObject = [&out, &offsets](int number, const QByteArray &body) {
        offsets[number] = out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    {
        const QList<int> &top = children[-1];
        writeObject(rootObject, "<< /Type /Outlines /First " + QByteArray::number(objectOf(top.first())) +
                                    " 0 R /Last " + QByteArray::number(objectOf(top.last())) +
                                    " 0 R /Count " + QByteArray::number(n) + " >>");
    }
    for (int i = 0; i < n; ++i) {
        const PdfOutlineEntry &e = entries.at(i);
        const QList<int> &siblings = children[parent[i]];
        const qsizetype position = siblings.indexOf(i);
        const int page = qBound(0, e.page, int(pageObjects.size()) - 1);
        QByteArray body = "<< /Title " + pdfTextString(e.title) + " /Parent " +
                          QByteArray::number(parent[i] < 0 ? rootObject : objectOf(parent[i])) + " 0 R";
        if (position > 0)
            body += " /Prev " + QByteArray::number(objectOf(siblings.at(position - 1))) + " 0 R";
        if (position + 1 < siblings.size())
            body += " /Next " + QByteArray::number(objectOf(siblings.at(position + 1))) + " 0 R";
        const auto kids = children.find(i);
        if (kids != children.end() && !kids->second.isEmpty()) {
            body += " /First " + QByteArray::number(objectOf(kids->second.first())) + " 0 R /Last " +
                    QByteArray::number(objectOf(kids->second.last())) + " 0 R /Count " +
                    QByteArray::number(descendants[i]);
        }
        body += " /Dest [" + QByteArray::number(pageObjects.at(page)) + " 0 R /XYZ null " +
                QByteArray::number(e.top, 'f', 1) + " null] >>";
        writeObject(objectOf(i), body);
    }
    // The catalogue again, now with the outline, shown when the file opens.
    catalog.chop(2); // ">>"
    catalog = catalog.trimmed();
    catalog.replace("/PageMode /UseNone", "");
    writeObject(rootNumber, catalog + "\n/Outlines " + QByteArray::number(rootObject) +
                                " 0 R\n/PageMode /UseOutlines\n>>");

    const qsizetype xrefAt = out.size();
    out += "xref\n";
    out += QByteArray::number(rootNumber) + " 1\n";
    out += QByteArray::number(offsets[rootNumber]).rightJustified(10, '0') + " 00000 n \n";
    out += QByteArray::number(rootObject) + ' ' + QByteArray::number(n + 1) + '\n';
    for (int number = rootObject; number <= objectOf(n - 1); ++number)
        out += QByteArray::number(offsets[number]).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objectOf(n - 1) + 1) + " /Root " +
           QByteArray::number(rootNumber) + " 0 R";
    if (infoNumber >= 0)
        out += " /Info " + QByteArray::number(infoNumber) + " 0 R";
    static const QRegularExpression idRe(u"/ID\\s*\\[[^\\]]*\\]"_s);
    const auto id = idRe.match(QString::fromLatin1(trailer));
    if (id.hasMatch())
        out += ' ' + id.captured(0).toLatin1();
    out += " /Prev " + QByteArray::number(previousXref) + " >>\nstartxref\n" + QByteArray::number(xrefAt) +
           "\n%%EOF\n";
    return out;
}

Result<QByteArray> renderPdf(const report::Brief &brief, const ReportCharts *charts,
                             const QPageSize &pageSize, const QString &creator)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QList<PdfOutlineEntry> outline;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        writer.setTitle(brief.title);
        writer.setCreator(creator);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);

        std::unique_ptr<QTextDocument> doc = BriefDocument::build(brief, charts);
        doc->documentLayout()->setPaintDevice(&writer);
        const QRect paintRect = writer.pageLayout().paintRectPixels(kResolution);
        const qreal footer = kResolution * 0.35; // about 9 mm for the page number
        const QSizeF page(paintRect.width(), paintRect.height() - footer);
        doc->setPageSize(page);
        const int pageCount = doc->pageCount();

        // Where each heading landed, for the outline.
        const qreal pointsPerPixel = 72.0 / kResolution;
        const qreal pageHeightPt = pageSize.sizePoints().height();
        const qreal topMarginPt = writer.pageLayout().marginsPoints().top();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            if (level <= 0)
                continue;
            const QRectF r = doc->documentLayout()->blockBoundingRect(block);
            const int pageIndex = int(r.top() / page.height());
            const qreal yInPage = r.top() - pageIndex * page.height();
            outline.append({level, block.text().trimmed(), pageIndex,
                            pageHeightPt - topMarginPt - yInPage * pointsPerPixel + 6});
        }

        QPainter painter;
        if (!painter.begin(&writer))
            return pdfError(Tr::tr("The PDF could not be started."));
        const QFont footerFont = [&brief] {
            QFont f = BriefDocument::baseFont(brief.language);
            f.setPointSizeF(8.5);
            return f;
        }();
        const QLocale locale(brief.language);
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            const QRectF clip(0, i * page.height(), page.width(), page.height());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();

            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x5b, 0x64, 0x75));
            const QRectF footerRect(0, paintRect.height() - footer * 0.7, paintRect.width(), footer * 0.7);
            const QString number = locale.toString(i + 1) + u" / "_s + locale.toString(pageCount);
            painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignBottom, number);
            QTextOption titleOption(brief.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
            titleOption.setTextDirection(brief.direction);
            if (i > 0) {
                const QString shortTitle = painter.fontMetrics().elidedText(brief.title, Qt::ElideRight,
                                                                            int(paintRect.width() * 0.4));
                painter.drawText(footerRect.adjusted(0, 0, 0, 0), shortTitle, titleOption);
            }
            painter.restore();
        }
        painter.end();
    }
    return addPdfOutline(data, outline);
}

} // namespace iia
