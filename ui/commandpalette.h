#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace peerscope {

class Cache;

// Subsequence matching for the palette: every character of the pattern must
// appear in order (case-insensitive, accents folded). Returns -1 when it does
// not; otherwise a higher score for a better match (consecutive runs, word
// starts, an early first match, a shorter candidate).
int fuzzyScore(const QString &pattern, const QString &candidate);

// Ctrl+K: one list of every action of the window, of the cached researchers
// and of the cached works matching the query, filtered as you type. Enter
// runs the action, opens the researcher or shows the work; Esc closes.
class CommandPalette final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxAuthors = 30;
    static constexpr int kMaxWorks = 8;

    CommandPalette(Cache &cache, QWidget *parent = nullptr);

    // The actions offered; ones without text or disabled are skipped.
    void setActions(const QList<QAction *> &actions);
    // Shows the palette with an empty query.
    void popup();

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *resultList() const { return m_list; }

signals:
    void authorChosen(const QString &authorId);
    void workChosen(const QString &workId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void runItem(QListWidgetItem *item);

    Cache &m_cache;
    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_query = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace peerscope
