#pragma once

#include <QTextBrowser>

namespace peerscope {

class Cache;

// One work's details under the publications table: title, facts, authors
// (links to their profiles), links out and the abstract.
class WorkDetailView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit WorkDetailView(const Cache &cache, QWidget *parent = nullptr);

    // The cached work's details (or that it is no longer cached).
    void showWork(const QString &workId);
    void clearWork();
    QString workId() const { return m_workId; }

signals:
    // An author's name was clicked. Other links open in the browser.
    void authorActivated(const QString &authorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void onLink(const QUrl &url);

    const Cache &m_cache;
    QString m_workId;
};

} // namespace peerscope
