#include "library/libraryview.h"

#include "library.h"
#include "library/librarymodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace iia {

using namespace Qt::StringLiterals;

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(u'&'));
    return b;
}

} // namespace

LibraryView::LibraryView(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new LibraryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"libraryView"_s);

    m_scope = new QTabBar(this);
    m_scope->setObjectName(u"libraryScope"_s);
    m_scope->setAccessibleName(tr("Library or trash"));
    m_scope->addTab(tr("Library"));
    m_scope->addTab(tr("Trash"));
    m_scope->setDrawBase(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setAccessibleName(tr("Search assessments"));
    m_search->setPlaceholderText(tr("Search titles, jurisdictions and texts"));
    m_search->setClearButtonEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addStretch();
    top->addWidget(m_search, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LibraryModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"libraryTable"_s);
    m_table->setAccessibleName(tr("Assessments"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryModel::Modified, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setResizeContentsPrecision(0); // measure the rows in view, not 10,000
    m_table->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAlternatingRowColors(true);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"libraryEmpty"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto *newButton = button(tr("&New…"), u"libraryNew"_s, this);
    m_open = button(tr("&Open"), u"libraryOpen"_s, this);
    m_duplicate = button(tr("D&uplicate"), u"libraryDuplicate"_s, this);
    m_trash = button(tr("Move to &Trash"), u"libraryTrash"_s, this);
    auto *importAll = button(tr("&Import…"), u"libraryImport"_s, this);
    m_export = button(tr("E&xport…"), u"libraryExport"_s, this);
    m_emptyTrash = button(tr("&Empty Trash"), u"libraryEmptyTrash"_s, this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {newButton, m_open, m_duplicate, m_trash})
        buttons->addWidget(b);
    buttons->addStretch();
    for (QPushButton *b : {importAll, m_export, m_emptyTrash})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &LibraryView::refresh);
    connect(m_scope, &QTabBar::currentChanged, this, &LibraryView::refresh);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!showingTrash())
            Q_EMIT openRequested(index.data(LibraryModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryView::updateActions);
    connect(newButton, &QPushButton::clicked, this, &LibraryView::newRequested);
    connect(importAll, &QPushButton::clicked, this, &LibraryView::importRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT openRequested(currentId());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT exportRequested(currentId());
    });
    connect(m_duplicate, &QPushButton::clicked, this, &LibraryView::duplicateCurrent);
    connect(m_trash, &QPushButton::clicked, this, &LibraryView::trashOrRestoreCurrent);
    connect(m_emptyTrash, &QPushButton::clicked, this, &LibraryView::emptyTrash);

    setTabOrder(m_search, m_table);
    // A large library shows its most recent rows first, in the default order; the rest follow as soon as
    // the table has painted, so that the start does not wait for thousands of rows nobody sees yet.
    load(kFirstRows);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
}

QWidget *LibraryView::welcomePage()
{
    if (m_welcome)
        return m_welcome;
    // Built the first time the library is empty: a library with assessments never shows it.
    auto *welcome = new QWidget(m_stack);
    welcome->setObjectName(u"welcome"_s);
    auto *heading = new QLabel(tr("<h2>Welcome to Internet Impact Assessment</h2>"), welcome);
    auto *intro = new QLabel(
        tr("<p>Judge a proposed law, regulation or technology against what the Internet needs to "
           "<b>exist</b> "
           "(the five critical properties of the Internet Way of Networking) and to <b>thrive</b> (the ten "
           "enablers of an open, globally connected, secure and trustworthy Internet), following the "
           "Internet "
           "Society's Internet Impact Assessment Toolkit.</p>"
           "<ol><li><b>Plan</b> — the issue, your goals and audience, the people and time you have.</li>"
           "<li><b>Case</b> — describe the proposal and paste or import its draft text.</li>"
           "<li><b>Critical properties</b> and <b>enablers</b> — answer the guiding questions, rate each "
           "one, "
           "and attach passages of the draft as evidence.</li>"
           "<li><b>Summary</b> — your ratings beside the suggestions from your answers, and the two "
           "verdicts.</li>"
           "<li><b>Conclusions</b> — what follows, and what you recommend.</li></ol>"
           "<p>Everything is saved as you go. Nothing is ever sent over the network.</p>"),
        welcome);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *start = button(tr("&Start a New Assessment"), u"welcomeNew"_s, welcome);
    auto *example = button(tr("Open the &Worked Example"), u"welcomeExample"_s, welcome);
    auto *importButton = button(tr("&Import a .iia File…"), u"welcomeImport"_s, welcome);
    start->setDefault(true);
    auto *welcomeButtons = new QHBoxLayout;
    welcomeButtons->addWidget(start);
    welcomeButtons->addWidget(example);
    welcomeButtons->addWidget(importButton);
    welcomeButtons->addStretch();
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(heading);
    welcomeLayout->addWidget(intro);
    welcomeLayout->addLayout(welcomeButtons);
    welcomeLayout->addStretch(2);
    welcomeLayout->setContentsMargins(48, 24, 48, 24);

    connect(start, &QPushButton::clicked, this, &LibraryView::newRequested);
    connect(example, &QPushButton::clicked, this, &LibraryView::exampleRequested);
    connect(importButton, &QPushButton::clicked, this, &LibraryView::importRequested);
    for (QPushButton *b : {start, example, importButton})
        b->setEnabled(!m_readOnly);
    m_stack->addWidget(welcome);
    m_welcome = welcome;
    return m_welcome;
}

bool LibraryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Show && !m_pendingSelection.isEmpty())
        selectId(std::exchange(m_pendingSelection, QString()));
    if (watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_table->viewport()->removeEventFilter(this);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_partial)
                    refresh();
                Q_EMIT firstPainted();
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

bool LibraryView::showingTrash() const
{
    return m_scope->currentIndex() == 1;
}

void LibraryView::refresh()
{
    load(0);
}

void LibraryView::load(int limit)
{
    const QString keep = currentId();
    ListQuery query;
    query.scope = showingTrash() ? ListQuery::Scope::Trash : ListQuery::Scope::Active;
    query.search = m_search->text();
    query.limit = limit;
    auto rows = m_library.store().list(query);
    if (!rows) {
        Q_EMIT message(rows.error().message);
        return;
    }
    m_partial = limit > 0 && rows->size() >= limit;
    m_model->setRows(*rows);
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
    } else if (!showingTrash() && query.search.trimmed().isEmpty()) {
        m_stack->setCurrentWidget(welcomePage());
    } else {
        m_emptyLabel->setText(showingTrash() ? tr("The trash is empty.")
                                             : tr("No assessment matches “%1”.").arg(query.search.trimmed()));
        m_stack->setCurrentWidget(m_emptyLabel);
    }
    m_trash->setText(showingTrash() ? tr("&Restore") : tr("Move to &Trash"));
    m_trash->setAccessibleName(showingTrash() ? tr("Restore") : tr("Move to Trash"));
    m_emptyTrash->setVisible(showingTrash());
    selectId(keep.isEmpty() && m_model->rowCount() > 0
                 ? m_proxy->index(0, 0).data(LibraryModel::IdRole).toString()
                 : keep);
    updateActions();
}

QString LibraryView::currentId() const
{
    if (!m_pendingSelection.isEmpty())
        return m_pendingSelection;
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(LibraryModel::IdRole).toString();
}

QStringList LibraryView::selectedIds() const
{
    QStringList ids;
    if (!m_pendingSelection.isEmpty())
        return {m_pendingSelection};
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(LibraryModel::IdRole).toString());
    return ids;
}

void LibraryView::selectId(const QString &id)
{
    if (m_partial && m_model->rowOfId(id) < 0)
        refresh();
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        m_pendingSelection.clear();
        return;
    }
    if (!m_table->isVisible()) {
        m_pendingSelection = id; // selected when the table shows
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void LibraryView::updateActions()
{
    const bool any = !currentId().isEmpty();
    m_open->setEnabled(any && !showingTrash());
    m_duplicate->setEnabled(any && !showingTrash() && !m_readOnly);
    m_export->setEnabled(any && !showingTrash());
    m_trash->setEnabled(any && !m_readOnly);
    m_emptyTrash->setEnabled(m_model->rowCount() > 0 && !m_readOnly);
}

void LibraryView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const QString &name :
         {u"libraryNew"_s, u"libraryImport"_s, u"welcomeNew"_s, u"welcomeExample"_s, u"welcomeImport"_s}) {
        if (auto *b = findChild<QPushButton *>(name))
            b->setEnabled(!readOnly);
    }
    updateActions();
}

void LibraryView::duplicateCurrent()
{
    auto copy = m_library.duplicate(currentId());
    if (!copy) {
        Q_EMIT message(copy.error().message);
        return;
    }
    refresh();
    selectId(copy->id);
    Q_EMIT message(tr("Duplicated as “%1”.").arg(copy->caseInfo.title));
}

void LibraryView::trashOrRestoreCurrent()
{
    const QString id = currentId();
    const QString title = m_model->rowOfId(id) >= 0 ? m_model->row(m_model->rowOfId(id)).title : QString();
    auto r = showingTrash() ? m_library.store().restoreFromTrash(id) : m_library.store().moveToTrash(id);
    if (!r) {
        Q_EMIT message(r.error().message);
        return;
    }
    Q_EMIT message(showingTrash() ? tr("“%1” restored from the trash.").arg(title)
                                  : tr("“%1” moved to the trash.").arg(title));
    refresh();
}

void LibraryView::emptyTrash()
{
    const auto answer =
        QMessageBox::question(this, tr("Empty the Trash"),
                              tr("Delete the %n assessment(s) in the trash for good? This cannot be undone.",
                                 nullptr, m_model->rowCount()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto removed = m_library.store().emptyTrash();
    if (!removed) {
        Q_EMIT message(removed.error().message);
        return;
    }
    Q_EMIT message(tr("%n assessment(s) deleted for good.", nullptr, *removed));
    refresh();
}

} // namespace iia
