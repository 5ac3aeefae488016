#include "messagebanner.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace iia {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

// No palette role means "negative"; this red reads on light and dark backgrounds alike (Breeze's).
constexpr QColor kNegative(0xda, 0x44, 0x53);

} // namespace

MessageBanner::MessageBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_layout(new QHBoxLayout(this))
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin) / 2 + 4;
    m_layout->setContentsMargins(margin * 2, margin, margin, margin);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_label, 1);
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Information"));
    // The icons are looked up when the banner first shows: most windows hold banners that never do, and the
    // first look-up of a standard icon costs milliseconds of the application's start.
}

void MessageBanner::showEvent(QShowEvent *event)
{
    if (m_icon->pixmap().isNull())
        updateIcon();
    if (m_close && m_close->icon().isNull())
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    QFrame::showEvent(event);
}

void MessageBanner::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
}

QString MessageBanner::text() const
{
    return m_label->text();
}

QToolButton *MessageBanner::addActionButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    connect(action, &QAction::changed, button,
            [button, action] { button->setAccessibleName(action->text().remove(QLatin1Char('&'))); });
    m_layout->insertWidget(m_close ? m_layout->indexOf(m_close) : m_layout->count(), button);
    return button;
}

void MessageBanner::setClosable(bool closable)
{
    if (closable && !m_close) {
        m_close = new QToolButton(this);
        m_close->setObjectName(QStringLiteral("bannerCloseButton"));
        m_close->setAutoRaise(true);
        m_close->setToolTip(tr("Close this message"));
        m_close->setAccessibleName(tr("Close this message"));
        connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
        m_layout->addWidget(m_close, 0, Qt::AlignTop);
    }
    if (m_close)
        m_close->setVisible(closable);
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = m_kind == Kind::Error ? kNegative : palette().color(QPalette::Highlight);
    const QColor background = mixed(palette().color(QPalette::Window), accent, 0.18);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(background);
    painter.drawRoundedRect(box, 4, 4);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange && !m_icon->pixmap().isNull())
        updateIcon();
}

void MessageBanner::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon = style()->standardIcon(m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxInformation);
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace iia
