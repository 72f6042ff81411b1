-- CreateTable
CREATE TABLE "Capture" (
    "id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "store" TEXT NOT NULL DEFAULT 'postgres',
    "chunkCount" INTEGER NOT NULL,
    "capturedAt" TIMESTAMPTZ(3) NOT NULL,
    "capturedUrl" TEXT,
    "tool" TEXT,
    "note" TEXT,
    "isGraphic" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hiddenAt" TIMESTAMPTZ(3),
    "hiddenReason" TEXT,
    "hiddenById" UUID,

    CONSTRAINT "Capture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaptureChunk" (
    "captureId" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "CaptureChunk_pkey" PRIMARY KEY ("captureId","index")
);

-- CreateIndex
CREATE UNIQUE INDEX "Capture_sha256_key" ON "Capture"("sha256");

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaptureChunk" ADD CONSTRAINT "CaptureChunk_captureId_fkey" FOREIGN KEY ("captureId") REFERENCES "Capture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
