#pragma once

#include "report/briefexporter.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextDocument;
class QTextEdit;

namespace iia {

class Library;
class ReportCharts;

/// Exporting one or several assessments: the format, the brief's language (independent of the
/// interface's), where to save, and a preview of the brief as it will print. Several assessments go into
/// one folder, with a progress dialog.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Library &library, QStringList ids, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ReportFormat format() const;
    QString language() const;
    /// The file (one assessment) or folder (several) to write to.
    QString destination() const;
    void setDestination(const QString &path);
    /// The preview's document (tests read it).
    const QTextDocument *previewDocument() const { return m_document.get(); }

    /// Exports as chosen; on failure says why and returns false. Called by accept().
    bool exportNow();

    void accept() override;

private:
    void formatChanged();
    void updatePreview();
    void browse();
    QString defaultDestination() const;

    const Library &m_library;
    BriefExporter m_exporter;
    QStringList m_ids;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QTextEdit *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    std::unique_ptr<ReportCharts> m_charts;
    std::unique_ptr<QTextDocument> m_document;
    bool m_destinationEdited = false;
};

} // namespace iia
