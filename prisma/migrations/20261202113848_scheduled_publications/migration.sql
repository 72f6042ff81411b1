-- CreateEnum
CREATE TYPE "ScheduledPublicationStatus" AS ENUM ('SCHEDULED', 'PUBLISHED', 'CANCELLED', 'FAILED');

-- CreateTable
CREATE TABLE "ScheduledPublication" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "publishAt" TIMESTAMPTZ(3) NOT NULL,
    "scheduledById" UUID NOT NULL,
    "approveReason" TEXT,
    "status" "ScheduledPublicationStatus" NOT NULL DEFAULT 'SCHEDULED',
    "jobId" UUID,
    "outcome" TEXT,
    "finishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduledPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduledPublication_status_publishAt_idx" ON "ScheduledPublication"("status", "publishAt");

-- CreateIndex
CREATE INDEX "ScheduledPublication_reviewId_idx" ON "ScheduledPublication"("reviewId");

-- AddForeignKey
ALTER TABLE "ScheduledPublication" ADD CONSTRAINT "ScheduledPublication_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledPublication" ADD CONSTRAINT "ScheduledPublication_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
