-- Sign-in throttling now slows down instead of locking: the old counters mean nothing to it, and
-- adding NOT NULL columns needs an empty table.
DELETE FROM "LoginThrottle";

-- AlterTable
ALTER TABLE "LoginThrottle" DROP COLUMN "lockedUntil",
DROP COLUMN "windowStart",
ADD COLUMN     "lastFailureAt" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL;
