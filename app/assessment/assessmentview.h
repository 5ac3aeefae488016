#pragma once

#include <QWidget>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;
class QStackedWidget;
class QPushButton;
class QSplitter;

namespace iia {

class AssessmentDocument;
class DraftPanel;
class Page;
class ScoreModel;

/// An open assessment: the toolkit's steps in a sidebar (with each step's completion), the current step's
/// page, Next and Back, and the draft text beside the pages.
class AssessmentView : public QWidget
{
    Q_OBJECT

public:
    AssessmentView(AssessmentDocument &document, const QString &language, QWidget *parent = nullptr);

    AssessmentDocument &document() const { return m_document; }
    ScoreModel *scoreModel() const { return m_scoreModel; }
    DraftPanel *draftPanel() const { return m_draft; }
    int stepCount() const;
    int currentStep() const;
    void goToStep(int index);
    /// The step of a property or enabler, or of "plan", "case", "summary", "conclusions".
    int stepOf(const QString &id) const;
    void next();
    void back();
    /// Saves typing that is still pending in any field.
    void flush();
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void message(const QString &text);

private:
    struct StepState
    {
        bool complete = false;
        QString progress; ///< "3/6", shown while not complete
    };
    void addStep(std::function<Page *()> make, const QString &id, const QString &title,
                 QTreeWidgetItem *parent);
    /// The page of a step, built the first time it is needed.
    Page *page(int index);
    StepState stepState(const QString &id) const;
    void updateSteps();

    AssessmentDocument &m_document;
    QString m_language;
    ScoreModel *m_scoreModel;
    DraftPanel *m_draft;
    QTreeWidget *m_steps;
    QStackedWidget *m_pages;
    QPushButton *m_back;
    QPushButton *m_next;
    QSplitter *m_splitter;
    QList<QTreeWidgetItem *> m_stepItems;
    QStringList m_stepIds;
    QList<std::function<Page *()>> m_makers;
};

} // namespace iia
