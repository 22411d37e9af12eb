#pragma once

class QThreadPool;

// Background work yields the cores to the UI thread. On two cores a build
// and its helper threads at the UI's priority left the UI waiting for a
// core for 60 ms at a time; a nicer thread still runs whenever a core is
// idle, so the work takes as long on an idle machine.
namespace peerscope::threadpriority {

// Lowers the calling thread's priority (Linux: this thread alone to nice
// `nice`, 1-19; elsewhere QThread::LowPriority). It cannot be raised again
// without privileges: call it only on threads that do background work for
// the rest of their life. A thread already that nice or nicer is left.
// Mind other programs: at nice 10 a thread gets a tenth of a core another
// program at nice 0 also wants; reads a user waits for stay closer.
void lowerCurrentThread(int nice = 10);

// A thread pool for background work whose threads lower their priority
// (nice 5: a user waits for much of it) before each task (Qt's global pool also runs work of Qt's own, painting
// included, that must not be lowered).
QThreadPool *backgroundPool();

} // namespace peerscope::threadpriority
