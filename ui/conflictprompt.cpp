#include "conflictprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace peerscope {

void promptConflict(QWidget *parent, const identity::Corrections::Conflict &conflict,
                    const std::function<void(identity::OnConflict)> &choose)
{
    QStringList theirs;
    for (const identity::Correction &c : conflict.theirs)
        theirs << QStringLiteral("<li>%1</li>").arg(identity::Corrections::describe(c).toHtmlEscaped());
    const QString mine = conflict.myReason.isEmpty()
                             ? conflict.mine.toHtmlEscaped()
                             : QCoreApplication::translate("ConflictPrompt", "%1, because: \"%2\"").arg(conflict.mine, conflict.myReason).toHtmlEscaped();
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("ConflictPrompt", "Conflicting Corrections"),
                                QCoreApplication::translate("ConflictPrompt", "<p>You want to %1.</p><p>That contradicts what is in effect:</p><ul>%2</ul>"
                                   "<p>Keep theirs, and yours is kept in the log as declined, with your reason. "
                                   "Apply yours, and theirs stays in the log as superseded; undoing yours brings it back.</p>")
                                    .arg(mine, theirs.join(QString())),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("identityConflictBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keepTheirs = box->addButton(QCoreApplication::translate("ConflictPrompt", "Keep Theirs"), QMessageBox::RejectRole);
    keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton *applyMine = box->addButton(QCoreApplication::translate("ConflictPrompt", "Apply Mine"), QMessageBox::AcceptRole);
    applyMine->setObjectName(QStringLiteral("applyMineButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, keepTheirs, applyMine, choose](QAbstractButton *clicked) {
        if (clicked == keepTheirs)
            choose(identity::OnConflict::KeepTheirs);
        else if (clicked == applyMine)
            choose(identity::OnConflict::KeepMine);
        Q_UNUSED(box);
    });
    box->open();
}

} // namespace peerscope
