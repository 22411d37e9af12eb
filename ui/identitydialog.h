#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace peerscope {

class Cache;

// Every identity correction (merge, split, exclude) with its reason, and
// undo/redo of the latest action. Changes go straight to the cache.
class IdentityDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit IdentityDialog(Cache &cache, QWidget *parent = nullptr);

    void refresh();

signals:
    // A correction was undone or redone: views showing personId reload.
    void identityChanged(const QString &personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void undo();
    void redo();

    Cache &m_cache;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace peerscope
