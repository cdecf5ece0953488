// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/DeflateWorker.h"

#include <cerrno>

namespace {

// Pieces waiting at most: enough to ride out a slow read, few enough to keep memory flat.
constexpr std::size_t MaxWaiting = 4;

} // namespace

DeflateWorker::DeflateWorker(std::FILE *out, int level) : m_stream(out, level), m_thread([this] { run(); })
{ }

DeflateWorker::~DeflateWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool DeflateWorker::push(std::string piece)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_failed || m_queue.size() < MaxWaiting; });
    if (m_failed) {
        errno = m_error;
        return false;
    }
    m_queue.push_back(std::move(piece));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool DeflateWorker::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_failed)
        errno = m_error;
    return !m_failed;
}

void DeflateWorker::run()
{
    for (;;) {
        std::string piece;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_closing || !m_queue.empty(); });
            if (m_queue.empty())
                break;
            piece = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        if (!m_stream.write(piece.data(), qsizetype(piece.size()))) {
            const std::lock_guard lock(m_mutex);
            m_failed = true;
            m_error = errno ? errno : ENOSPC;
            m_queue.clear();
            break;
        }
    }
    const bool ended = !m_failed && m_stream.flush();
    const std::lock_guard lock(m_mutex);
    if (!m_failed && !ended) {
        m_failed = true;
        m_error = errno ? errno : ENOSPC;
    }
    m_changed.notify_all();
}
