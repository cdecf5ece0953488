// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

// Passwords are kept only as argon2id hashes (libsodium's crypto_pwhash_str): slow and salted on
// purpose, so a copied file does not give the passwords away quickly.
class PasswordHash
{
public:
    // The hash to store; an empty password is stored as an empty hash ("no password").
    static Result<QString> make(const QString &password);
    static bool matches(const QString &hash, const QString &password);
};
