#include "identitydialog.h"

#include "cache/cache.h"
#include "identity/identity.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace peerscope {

IdentityDialog::IdentityDialog(Cache &cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("identityDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("correctionsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    auto *buttons = new QDialogButtonBox(this);
    m_undo = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoCorrectionButton"));
    m_redo = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_redo->setObjectName(QStringLiteral("redoCorrectionButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_undo, &QPushButton::clicked, this, &IdentityDialog::undo);
    connect(m_redo, &QPushButton::clicked, this, &IdentityDialog::redo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    retranslateUi();
    refresh();
    resize(760, 420);
}

void IdentityDialog::retranslateUi()
{
    setWindowTitle(tr("Identity Corrections"));
    m_intro->setText(tr("Your corrections to OpenAlex's author records. They are kept through every sync and "
                        "apply to metrics, publications, charts, the network and exports."));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Person"), tr("Record or work"), tr("When"), tr("By"), tr("Reason")});
    // On a team server undo takes back this user's own actions only.
    m_undo->setText(m_cache.isServer() ? tr("&Undo My Latest") : tr("&Undo Latest"));
    m_redo->setText(tr("&Redo"));
    refresh();
}

void IdentityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IdentityDialog::refresh()
{
    const Read<QList<identity::Correction>> read = identity::Corrections(m_cache).list(true);
    const QList<identity::Correction> all = read.valueOr({});
    m_table->setRowCount(int(all.size()));
    bool anyActive = false;
    for (int r = 0; r < all.size(); ++r) {
        const identity::Correction &c = all.at(r);
        anyActive = anyActive || (!c.undone && c.actor == m_cache.actor());
        QString action;
        if (c.kind == QLatin1String("merge"))
            action = tr("Merged");
        else if (c.kind == QLatin1String("split"))
            action = tr("Split off");
        else if (c.kind == QLatin1String("distinct"))
            action = tr("Two people");
        else
            action = tr("Excluded");
        if (c.supersededBy > 0 && c.batch > c.supersededBy)
            action = tr("%1 (declined for action %2)").arg(action).arg(c.supersededBy);
        else if (c.supersededBy > 0 && c.undone)
            action = tr("%1 (superseded by action %2)").arg(action).arg(c.supersededBy);
        else if (c.undone)
            action = tr("%1 (undone)").arg(action);
        const QString person = m_cache.authorSummary(c.personId) ? m_cache.authorSummary(c.personId)->name + QStringLiteral(" (") + c.personId + u')'
                                                                 : c.personId;
        const bool onRecord = c.kind == QLatin1String("merge") || c.kind == QLatin1String("distinct");
        const QStringList cells{action, person, onRecord ? c.authorId : c.workId, c.createdAt.left(10),
                                c.actor.isEmpty() ? tr("you") : c.actor, c.reason};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (c.undone)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_undo->setEnabled(anyActive);
    m_status->setText(!read ? tr("Cannot read the corrections: %1").arg(read.error())
                      : all.isEmpty() ? tr("No corrections yet. Merge a possible duplicate from a profile's trust warnings, "
                                         "or use 'peerscope identity' on the command line.")
                                    : QString());
}

void IdentityDialog::undo()
{
    const identity::Corrections::Result r = identity::Corrections(m_cache).undo();
    m_status->setText(r.ok ? tr("Undone.") : r.error);
    refresh();
    if (r.ok)
        emit identityChanged(r.personId);
}

void IdentityDialog::redo()
{
    const identity::Corrections::Result r = identity::Corrections(m_cache).redo();
    QString said = r.ok ? tr("Redone.") : r.error;
    if (r.conflict)
        for (const identity::Correction &c : r.conflict->theirs)
            said += u'\n' + identity::Corrections::describe(c);
    refresh();
    m_status->setText(said);
    if (r.ok)
        emit identityChanged(r.personId);
}

} // namespace peerscope
