// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/PasswordHash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHash::make(const QString &password)
{
    if (password.isEmpty())
        return QString();
    if (!sodiumReady())
        return Result<QString>::failure(
            QCoreApplication::translate("PasswordHash", "The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<QString>::failure(
            QCoreApplication::translate("PasswordHash", "Not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool PasswordHash::matches(const QString &hash, const QString &password)
{
    if (hash.isEmpty())
        return password.isEmpty();
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}
