-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'REVIEW_ASSIGNED';

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "reviewerId" UUID;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
