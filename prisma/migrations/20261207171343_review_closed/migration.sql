-- AlterEnum
ALTER TYPE "ReviewStatus" ADD VALUE 'CLOSED';
