#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QString>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace peerscope {

class Cache;
class OpenAlexClient;

// The window's one search box: cached authors from the full-text index as
// you type, then OpenAlex suggestions (/autocomplete/authors, debounced)
// when online. Keyboard-first: Up/Down move through the results, Enter opens,
// Esc closes the list.
class SearchBox final : public QLineEdit
{
    Q_OBJECT
public:
    enum Column { Name, Institution, Works, Citations, Cached, ColumnCount };
    static constexpr int kLocalLimit = 8;
    static constexpr int kRemoteDelayMs = 300;

    explicit SearchBox(Cache &cache, QWidget *parent = nullptr);
    ~SearchBox() override;

    // The client for remote suggestions (GUI thread); nullptr: cache only.
    void setClient(OpenAlexClient *client);
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

    QTreeWidget *resultList() const { return m_popup; }
    bool isRemotePending() const { return m_remotePending; }

public slots:
    void hideResults();

signals:
    // The user opened a result; cached says whether the cache has the profile.
    void authorChosen(const QString &authorId, const QString &name, bool cached);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    struct Hit {
        QString id;
        QString name;
        QString institution;
        int works = -1;
        int citations = -1;
        bool cached = false;
    };

    void onTextChanged(const QString &text);
    void searchRemote();
    void rebuild();
    void showResults();
    void moveCurrent(int delta);
    void activate(QTreeWidgetItem *item);
    bool activateCurrent();

    Cache &m_cache;
    QPointer<OpenAlexClient> m_client;
    bool m_offline = false;
    QTreeWidget *m_popup = nullptr;
    QTimer *m_remoteTimer = nullptr;
    QList<Hit> m_local;
    QList<Hit> m_remote;
    QString m_remoteStatus;
    quint64 m_generation = 0;
    bool m_remotePending = false;
};

} // namespace peerscope
