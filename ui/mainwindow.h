#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QTableView;

namespace peerscope {

class Cache;
class PublicationTableModel;
class PublicationFilterProxy;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Cache &cache, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentAuthorId() const { return m_authorId; }
    PublicationTableModel *publicationModel() const { return m_model; }
    PublicationFilterProxy *publicationProxy() const { return m_proxy; }

public slots:
    // Shows the cached author; returns false when the cache has no such author.
    bool openAuthor(const QString &authorId);

private:
    void refreshHeader();

    Cache &m_cache;
    QString m_authorId;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_metrics = nullptr;
    QTableView *m_table = nullptr;
    PublicationTableModel *m_model = nullptr;
    PublicationFilterProxy *m_proxy = nullptr;
};

} // namespace peerscope
