#include "commandpalette.h"

#include "cache/cache.h"
#include "core/displaytext.h"
#include "core/text.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QListWidget>
#include <QLoggingCategory>
#include <QTimer>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcCommandPalette, "peerscope.ui.commandpalette", QtWarningMsg)

namespace peerscope {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;
constexpr int kEntityRole = Qt::UserRole + 3; // an author's or a work's ID
enum Kind { ActionItem, AuthorItem, WorkItem };
constexpr qsizetype kWorkTitleChars = 60;

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QStringLiteral("…")).trimmed();
}

bool isWordStart(const QString &s, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar prev = s.at(i - 1);
    return !prev.isLetterOrNumber() || (prev.isLower() && s.at(i).isUpper());
}

} // namespace

int fuzzyScore(const QString &pattern, const QString &candidate)
{
    const QString p = text::foldName(pattern).remove(u' ');
    const QString c = text::foldName(candidate);
    if (p.isEmpty())
        return 0;
    int score = 0;
    qsizetype ci = 0;
    qsizetype first = -1;
    qsizetype previous = -2;
    for (const QChar ch : p) {
        // Prefer a word start for this character when one follows.
        qsizetype hit = -1;
        for (qsizetype j = ci; j < c.size(); ++j) {
            if (c.at(j) != ch)
                continue;
            if (hit < 0)
                hit = j;
            if (j == previous + 1)
                break; // continuing a run beats jumping to a word start
            if (isWordStart(c, j)) {
                hit = j;
                break;
            }
        }
        if (hit < 0)
            return -1;
        score += 10;
        if (hit == previous + 1)
            score += 15;
        if (isWordStart(c, hit))
            score += 20;
        if (first < 0)
            first = hit;
        previous = hit;
        ci = hit + 1;
    }
    score -= int(std::min<qsizetype>(first, 20));
    score -= int(std::min<qsizetype>(c.size() - p.size(), 40)) / 4;
    if (c.startsWith(p))
        score += 30;
    return std::max(score, 1);
}

CommandPalette::CommandPalette(Cache &cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_query(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_query->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("paletteResults"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_hint->setObjectName(QStringLiteral("paletteHint"));
    m_hint->setEnabled(false);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    resize(760, 420); // room for a work's title, year, venue and first author

    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runItem);
    connect(m_list, &QListWidget::itemClicked, this, &CommandPalette::runItem);
    retranslateUi();
}

void CommandPalette::retranslateUi()
{
    setWindowTitle(tr("Command palette"));
    setAccessibleName(tr("Command palette"));
    m_query->setAccessibleName(tr("Command, researcher or work"));
    m_query->setPlaceholderText(tr("Type a command, a researcher's name or words from a work"));
    m_list->setAccessibleName(tr("Matching commands, researchers and works"));
    m_hint->setText(tr("Up and Down choose, Enter runs, Esc closes."));
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // the action names come from the actions, translated by their owner
    }
    QDialog::changeEvent(event);
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *a : actions)
        if (a && !a->isSeparator() && !a->text().isEmpty() && !a->menu())
            m_actions << a;
}

void CommandPalette::popup()
{
    if (QWidget *p = parentWidget()) {
        const QRect area = p->window()->geometry();
        move(area.center().x() - width() / 2, area.top() + 80);
    }
    m_query->clear();
    refresh();
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::refresh()
{
    const QString query = m_query->text().trimmed();
    struct Entry {
        int score;
        int kind;
        int index;
        QString text;
        QString detail;
        QString author;
        QIcon icon;
    };
    QList<Entry> entries;
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *a = m_actions.at(i);
        if (!a || !a->isEnabled())
            continue;
        const QString text = plainText(a);
        const int score = fuzzyScore(query, text);
        if (score < 0)
            continue;
        entries << Entry{score, ActionItem, i, text, a->shortcut().toString(QKeySequence::NativeText), {}, a->icon()};
    }
    // Researchers: those the full-text index finds, scored like actions;
    // with no query, none (the list would only be long).
    if (!query.isEmpty()) {
        const QList<AuthorSummary> authors = m_cache.searchAuthors(query, kMaxAuthors);
        for (const AuthorSummary &s : authors) {
            const int score = std::max(fuzzyScore(query, s.name), 1);
            entries << Entry{score, AuthorItem, -1, s.name,
                             s.institution.isEmpty() ? s.id : tr("%1 · %2").arg(s.institution, s.id), s.id, {}};
        }
        // Names that are not word prefixes ("mrmn") still match by subsequence.
        if (authors.isEmpty() && query.size() >= 3) {
            const QList<AuthorSummary> all = m_cache.searchAuthors(query.left(1), 400);
            for (const AuthorSummary &s : all) {
                const int score = fuzzyScore(query, s.name);
                if (score >= 0)
                    entries << Entry{score, AuthorItem, -1, s.name, s.id, s.id, {}};
            }
        }
    }
    // Works: the cache's ranked full-text search (title, abstract, venue,
    // authors), after the actions and researchers.
    if (query.size() >= 3) {
        for (const QString &id : m_cache.searchWorks(query, kMaxWorks)) {
            const std::optional<Work> w = m_cache.work(id);
            if (!w)
                continue;
            // Year, venue and first author tell a preprint from its article.
            QStringList detail;
            if (w->publicationYear > 0)
                detail << QString::number(w->publicationYear);
            if (!w->sourceName.isEmpty())
                detail << w->sourceName;
            if (!w->authorships.isEmpty() && !w->authorships.constFirst().authorName.isEmpty())
                detail << w->authorships.constFirst().authorName;
            // Untitled works tell each other apart by their ID.
            if (detail.isEmpty() || w->title.trimmed().isEmpty())
                detail << id;
            entries << Entry{0, WorkItem, -1, displayTitle(*w), detail.join(QStringLiteral(" · ")), id, {}};
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.score > b.score; });

    m_list->clear();
    for (const Entry &e : std::as_const(entries)) {
        // A long title is shortened so what tells two works apart stays in view.
        const QString title = e.kind == WorkItem && e.text.size() > kWorkTitleChars
                                  ? e.text.left(kWorkTitleChars - 1).trimmed() + u'…'
                                  : e.text;
        const QString label = e.kind == AuthorItem ? tr("Open %1 — %2").arg(e.text, e.detail)
                              : e.kind == WorkItem ? tr("Show work: %1 — %2").arg(title, e.detail)
                              : e.detail.isEmpty() ? e.text
                                                   : tr("%1 (%2)").arg(e.text, e.detail);
        auto *item = new QListWidgetItem(e.icon, label, m_list);
        if (e.kind == WorkItem)
            item->setToolTip(e.text);
        item->setData(kKindRole, e.kind);
        item->setData(kIndexRole, e.index);
        item->setData(kEntityRole, e.author);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runItem(QListWidgetItem *item)
{
    if (!item)
        return;
    const int kind = item->data(kKindRole).toInt();
    if (kind == AuthorItem || kind == WorkItem) {
        const QString id = item->data(kEntityRole).toString();
        hide();
        if (kind == AuthorItem)
            emit authorChosen(id);
        else
            emit workChosen(id);
        return;
    }
    QPointer<QAction> action = m_actions.value(item->data(kIndexRole).toInt());
    hide();
    // After the palette has closed, so the action sees the window as the user does.
    QTimer::singleShot(0, this, [action] {
        if (action && action->isEnabled())
            action->trigger();
    });
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_list->count();
        switch (key->key()) {
        case Qt::Key_Down:
            if (count > 0)
                m_list->setCurrentRow((m_list->currentRow() + 1) % count);
            return true;
        case Qt::Key_Up:
            if (count > 0)
                m_list->setCurrentRow((m_list->currentRow() - 1 + count) % count);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runItem(m_list->currentItem());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace peerscope
