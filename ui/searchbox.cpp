#include "searchbox.h"

#include "cache/cache.h"
#include "openalex/ids.h"
#include "openalex/openalexclient.h"
#include "openalex/openalexparser.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QLoggingCategory>
#include <QScreen>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSearchBox, "peerscope.ui.searchbox", QtWarningMsg)

namespace peerscope {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCachedRole = Qt::UserRole + 2;
}

SearchBox::SearchBox(Cache &cache, QWidget *parent)
    : QLineEdit(parent)
    , m_cache(cache)
    , m_popup(new QTreeWidget(this))
    , m_remoteTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("authorSearch"));
    setClearButtonEnabled(true);
    setMinimumWidth(320);

    m_popup->setObjectName(QStringLiteral("authorSearchResults"));
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setFocusProxy(this);
    m_popup->setRootIsDecorated(false);
    m_popup->setUniformRowHeights(true);
    m_popup->setAllColumnsShowFocus(true);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setColumnCount(ColumnCount);
    m_popup->header()->setStretchLastSection(false);
    m_popup->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_popup->header()->setSectionResizeMode(Institution, QHeaderView::Stretch);
    for (int c : {int(Works), int(Citations), int(Cached)})
        m_popup->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_popup->installEventFilter(this);
    connect(m_popup, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });

    m_remoteTimer->setSingleShot(true);
    m_remoteTimer->setInterval(kRemoteDelayMs);
    connect(m_remoteTimer, &QTimer::timeout, this, &SearchBox::searchRemote);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::onTextChanged);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            onTextChanged(text); // the clear button
    });
    retranslateUi();
}

SearchBox::~SearchBox() = default;

void SearchBox::retranslateUi()
{
    setAccessibleName(tr("Search researchers"));
    setPlaceholderText(tr("Search researchers by name, ORCID or OpenAlex ID (Ctrl+F)"));
    setToolTip(tr("Type a name: cached researchers appear at once, OpenAlex suggestions follow when online. "
                  "Up and Down choose, Enter opens, Esc closes the list."));
    m_popup->setAccessibleName(tr("Search results"));
    m_popup->setHeaderLabels({tr("Name"), tr("Institution"), tr("Works"), tr("Citations"), tr("In cache")});
}

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void SearchBox::setClient(OpenAlexClient *client)
{
    m_client = client;
}

void SearchBox::setOffline(bool offline)
{
    m_offline = offline;
    if (offline) {
        m_remoteTimer->stop();
        ++m_generation;
        m_remotePending = false;
    }
}

void SearchBox::onTextChanged(const QString &rawText)
{
    const QString text = rawText.trimmed();
    ++m_generation;
    m_remote.clear();
    m_remoteStatus.clear();
    m_remotePending = false;
    m_local.clear();
    if (text.isEmpty()) {
        m_remoteTimer->stop();
        hideResults();
        return;
    }
    // An ID or ORCID typed or pasted: offer exactly that author.
    const QString id = ids::normalizeOpenAlexId(text);
    const QString orcidAuthor = ids::normalizeOrcid(text).isEmpty() ? QString()
                                                                    : m_cache.authorIdForOrcid(ids::normalizeOrcid(text));
    const QString exact = !id.isEmpty() && ids::kindOf(id) == EntityKind::Author ? id : orcidAuthor;
    if (!exact.isEmpty()) {
        if (const std::optional<AuthorSummary> s = m_cache.authorSummary(exact))
            m_local << Hit{s->id, s->name, s->institution, s->worksCount, s->citedByCount, true};
        else
            m_local << Hit{exact, exact, QString(), -1, -1, false};
    } else {
        const QList<AuthorSummary> found = m_cache.searchAuthors(text, kLocalLimit);
        for (const AuthorSummary &s : found)
            m_local << Hit{s.id, s.name, s.institution, s.worksCount, s.citedByCount, true};
    }
    const bool remote = !m_offline && m_client && exact.isEmpty() && text.size() >= 2;
    if (remote) {
        m_remotePending = true;
        m_remoteStatus = tr("Searching OpenAlex…");
        m_remoteTimer->start();
    } else {
        m_remoteTimer->stop();
        if (m_offline && exact.isEmpty())
            m_remoteStatus = tr("Offline: only cached researchers are shown.");
    }
    rebuild();
}

void SearchBox::searchRemote()
{
    if (!m_client || m_offline)
        return;
    const QString text = this->text().trimmed();
    const quint64 generation = m_generation;
    m_client->get(QStringLiteral("/autocomplete/authors"), {{QStringLiteral("q"), text}}, this,
                  [this, generation](const ApiResult &result) {
                      if (generation != m_generation)
                          return; // the user typed on
                      m_remotePending = false;
                      m_remoteStatus.clear();
                      if (!result.ok()) {
                          m_remoteStatus = result.status == ApiResult::Status::Unauthorized
                                               ? tr("OpenAlex refused the request. Set your API key in Settings.")
                                               : tr("OpenAlex suggestions are unavailable: %1").arg(result.error);
                          rebuild();
                          return;
                      }
                      openalex::ParsedDocument doc;
                      openalex::ParseError error;
                      if (!openalex::parseDocument(result.body, &doc, &error)) {
                          qCWarning(lcSearchBox) << "autocomplete answer unreadable:" << error.message;
                          m_remoteStatus = tr("OpenAlex sent an answer that could not be read.");
                          rebuild();
                          return;
                      }
                      for (const AutocompleteHit &h : std::as_const(doc.autocomplete)) {
                          if (h.id.isEmpty() || ids::kindOf(h.id) != EntityKind::Author)
                              continue;
                          const bool known = std::any_of(m_local.cbegin(), m_local.cend(),
                                                         [&h](const Hit &l) { return l.id == h.id; });
                          if (known)
                              continue;
                          const bool cached = m_cache.authorSummary(h.id).has_value();
                          m_remote << Hit{h.id, h.name, h.hint, h.worksCount, h.citedByCount, cached};
                      }
                      if (m_local.isEmpty() && m_remote.isEmpty())
                          m_remoteStatus = tr("No researcher matches on OpenAlex either.");
                      rebuild();
                  });
}

void SearchBox::rebuild()
{
    const QString previous = m_popup->currentItem() ? m_popup->currentItem()->data(Name, kIdRole).toString() : QString();
    m_popup->clear();
    const QLocale locale;
    QTreeWidgetItem *current = nullptr;
    auto add = [&](const Hit &h) {
        auto *item = new QTreeWidgetItem(m_popup);
        item->setText(Name, h.name);
        item->setText(Institution, h.institution);
        item->setText(Works, h.works >= 0 ? locale.toString(h.works) : QString());
        item->setText(Citations, h.citations >= 0 ? locale.toString(h.citations) : QString());
        item->setText(Cached, h.cached ? tr("cached") : tr("on OpenAlex"));
        item->setTextAlignment(Works, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Citations, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(Name, h.cached ? tr("%1 (%2) is in the cache: opens at once.").arg(h.name, h.id)
                                        : tr("%1 (%2) is on OpenAlex: opening it syncs the profile.").arg(h.name, h.id));
        item->setData(Name, kIdRole, h.id);
        item->setData(Name, kCachedRole, h.cached);
        item->setData(Name, Qt::AccessibleTextRole,
                      tr("%1, %2, %3 works, %4 citations, %5")
                          .arg(h.name, h.institution, item->text(Works), item->text(Citations), item->text(Cached)));
        if (h.id == previous)
            current = item;
    };
    for (const Hit &h : std::as_const(m_local))
        add(h);
    for (const Hit &h : std::as_const(m_remote))
        add(h);
    if (!m_remoteStatus.isEmpty()) {
        auto *status = new QTreeWidgetItem(m_popup);
        status->setText(Name, m_remoteStatus);
        status->setFirstColumnSpanned(true);
        status->setFlags(Qt::ItemIsEnabled);
        QFont italic = status->font(Name);
        italic.setItalic(true);
        status->setFont(Name, italic);
    }
    if (m_popup->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_popup);
        none->setText(Name, tr("No cached researcher matches."));
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
    if (!current && (!m_local.isEmpty() || !m_remote.isEmpty()))
        current = m_popup->topLevelItem(0);
    if (current)
        m_popup->setCurrentItem(current);
    showResults();
}

void SearchBox::showResults()
{
    if (!isVisible())
        return;
    const int rows = std::min(m_popup->topLevelItemCount(), 12);
    const int rowHeight = std::max(m_popup->sizeHintForRow(0), fontMetrics().height() + 6);
    const int height = m_popup->header()->sizeHint().height() + rows * rowHeight + 2 * m_popup->frameWidth() + 4;
    const int width = std::max(this->width(), 680);
    QPoint at = mapToGlobal(QPoint(0, this->height()));
    if (QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width)));
    }
    m_popup->setGeometry(QRect(at, QSize(width, height)));
    if (!m_popup->isVisible())
        m_popup->show();
}

void SearchBox::hideResults()
{
    m_popup->hide();
}

void SearchBox::moveCurrent(int delta)
{
    if (!m_popup->isVisible()) {
        if (m_popup->topLevelItemCount() == 0)
            return;
        showResults();
    }
    const int count = m_popup->topLevelItemCount();
    int row = m_popup->currentItem() ? m_popup->indexOfTopLevelItem(m_popup->currentItem()) : -1;
    for (int step = 0; step < count; ++step) {
        row = std::clamp(row + delta, 0, count - 1);
        QTreeWidgetItem *item = m_popup->topLevelItem(row);
        if (item->flags() & Qt::ItemIsSelectable) {
            m_popup->setCurrentItem(item);
            return;
        }
        if (row == 0 || row == count - 1)
            return;
    }
}

void SearchBox::activate(QTreeWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    const QString id = item->data(Name, kIdRole).toString();
    if (id.isEmpty())
        return;
    const QString name = item->text(Name);
    const bool cached = item->data(Name, kCachedRole).toBool();
    hideResults();
    emit authorChosen(id, name, cached);
}

bool SearchBox::activateCurrent()
{
    QTreeWidgetItem *item = m_popup->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return false;
    activate(item);
    return true;
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return;
    case Qt::Key_Up:
        moveCurrent(-1);
        return;
    case Qt::Key_PageDown:
        moveCurrent(5);
        return;
    case Qt::Key_PageUp:
        moveCurrent(-5);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (activateCurrent())
            return;
        break;
    case Qt::Key_Escape:
        if (m_popup->isVisible()) {
            hideResults();
            return;
        }
        if (!text().isEmpty()) {
            clear();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_popup)
        return QLineEdit::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        // The list is a popup and receives the keyboard while open: every key
        // goes to the box, which moves through the list or edits the text.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            hideResults();
            return true;
        }
        keyPressEvent(key);
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return false;
}

} // namespace peerscope
