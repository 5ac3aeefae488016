#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace iia {

/// A strip above a document that says something about it: that it is read-only (information), or that
/// opening or saving failed (error). It paints itself from the current palette, so it follows light and dark
/// themes, and its buttons sit at the trailing end in either layout direction.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Error
    };

    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

    /// A button that triggers action and follows its text and enabled state.
    QToolButton *addActionButton(QAction *action, const QString &objectName);
    /// A button that hides the banner.
    void setClosable(bool closable);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateIcon();

    Kind m_kind;
    QHBoxLayout *m_layout;
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close = nullptr;
};

} // namespace iia
