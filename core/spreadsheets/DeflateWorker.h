// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/DeflateStream.h"

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

// A DeflateStream on a thread of its own: the rows of a sheet are compressed on the second core
// while the first reads and formats the next ones. At most a few pieces wait, so memory stays
// bounded however long the list.
class DeflateWorker
{
public:
    DeflateWorker(std::FILE *out, int level);
    // Stops the thread; what was not yet compressed is dropped (an abandoned export).
    ~DeflateWorker();
    DeflateWorker(const DeflateWorker &) = delete;
    DeflateWorker &operator=(const DeflateWorker &) = delete;

    // Queues a piece, waiting while the queue is full. False once the output has failed.
    bool push(std::string piece);
    // Compresses what is queued, ends the stream with DeflateStream::flush() and stops the thread.
    // False when the output failed; errno then says why.
    bool close();

    // The stream's figures, valid after close().
    const DeflateStream &stream() const { return m_stream; }

private:
    void run();

    DeflateStream m_stream;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_queue;
    bool m_closing = false;
    bool m_failed = false;
    int m_error = 0;
    std::thread m_thread;
};
