namespace ReleaseGate.Postgres.Indexing;

/// <summary>How a <see cref="PostgresIndexStore"/> keeps vectors, decided when its schema is created.</summary>
public enum PostgresVectorStorage
{
    /// <summary>A <c>real[]</c> column; searches compute exact cosine similarity in SQL.</summary>
    RealArray,

    /// <summary>A pgvector <c>vector</c> column; searches use pgvector's exact cosine distance.</summary>
    Pgvector,
}
