using ReleaseGate.Analyzers.Redaction;
using Verify = ReleaseGate.Analyzers.Tests.AnalyzerVerifier<
    ReleaseGate.Analyzers.Redaction.UnredactedIndexWriteAnalyzer>;

namespace ReleaseGate.Analyzers.Tests.Redaction;

public class UnredactedIndexWriteAnalyzerTests
{
    private static Task VerifyAsync(string code) => Verify.VerifyAsync(RedactionSources.With(code));

    [Fact]
    public Task Parameter_written_to_a_marked_sink_is_reported_with_its_message()
    {
        var code = RedactionSources.With("""
            class C
            {
                void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", {|#0:text|});
            }
            """);
        return Verify.VerifyAsync(code, Verify.Diagnostic("RG1001").WithLocation(0).WithArguments("text", "Write(text)"));
    }

    [Fact]
    public Task Redacted_value_is_clean() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text)
                => store.Write("id", redactor.Redact(text));
        }
        """);

    [Fact]
    public Task Constant_is_clean_and_the_unmarked_id_parameter_is_not_a_sink() => VerifyAsync("""
        class C
        {
            const string Greeting = "hello";
            void M(ReleaseGate.Indexing.IIndexStore store, string id) => store.Write(id, Greeting + " world");
        }
        """);

    [Fact]
    public Task Local_redacted_before_the_write_is_clean() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text)
            {
                var value = text;
                value = redactor.Redact(value);
                store.Write("id", value);
            }
        }
        """);

    [Fact]
    public Task Local_overwritten_with_raw_text_after_redaction_is_reported() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text)
            {
                var value = redactor.Redact(text);
                value = text.Trim();
                store.Write("id", {|RG1001:value|});
            }
        }
        """);

    [Fact]
    public Task Branch_that_skips_redaction_is_reported() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text, bool b)
            {
                string value;
                if (b)
                {
                    value = redactor.Redact(text);
                }
                else
                {
                    value = text;
                }

                store.Write("id", {|RG1001:value|});
            }
        }
        """);

    [Fact]
    public Task Every_branch_redacting_is_clean() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text, bool b)
            {
                string value;
                if (b)
                {
                    value = redactor.Redact(text);
                }
                else
                {
                    value = "nothing";
                }

                store.Write("id", value);
            }
        }
        """);

    [Fact]
    public Task Conditional_expression_with_a_raw_arm_is_reported() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text, bool b)
                => store.Write("id", {|RG1001:b ? redactor.Redact(text) : text|});
        }
        """);

    [Fact]
    public Task Conditional_expression_with_clean_arms_is_clean() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text, bool b)
                => store.Write("id", b ? redactor.Redact(text) : "none");
        }
        """);

    [Fact]
    public Task Conditional_between_a_clean_and_a_raw_local_is_reported() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text, bool b)
            {
                var clean = redactor.Redact(text);
                var raw = text;
                var chosen = b ? clean : raw;
                store.Write("a", {|RG1001:chosen|});
                store.Write("b", b ? clean : "none");
            }
        }
        """);

    [Fact]
    public Task Concatenation_and_interpolation_of_raw_text_are_reported() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, string text, int page)
            {
                store.Write("a", {|RG1001:"Title: " + text|});
                var line = $"page {page}: {text}";
                store.Write("b", {|RG1001:line|});
            }
        }
        """);

    [Fact]
    public Task Concatenation_and_interpolation_of_redacted_text_and_numbers_are_clean() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text, int page)
            {
                var clean = redactor.Redact(text);
                store.Write("a", "Title: " + clean);
                store.Write("b", $"page {page}: {clean}");
                store.Write("c", page.ToString());
            }
        }
        """);

    [Fact]
    public Task String_format_follows_its_arguments() => VerifyAsync("""
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text)
            {
                store.Write("a", string.Format("{0} and {1}", redactor.Redact(text), 3));
                store.Write("b", {|RG1001:string.Format("{0} and {1}", "x", text)|});
            }
        }
        """);

    [Fact]
    public Task StringBuilder_carries_what_was_appended() => VerifyAsync("""
        using System.Text;

        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text)
            {
                var clean = new StringBuilder();
                clean.Append("Summary: ").Append(redactor.Redact(text)).AppendLine();
                store.Write("a", clean.ToString());

                var dirty = new StringBuilder("Summary: ");
                dirty.Append(text);
                store.Write("b", {|RG1001:dirty.ToString()|});
            }
        }
        """);

    [Fact]
    public Task Field_and_call_results_are_not_known_to_be_clean() => VerifyAsync("""
        class C
        {
            private string _cached = "";
            string Load() => _cached;

            void M(ReleaseGate.Indexing.IIndexStore store)
            {
                store.Write("a", {|RG1001:_cached|});
                store.Write("b", {|RG1001:Load()|});
            }
        }
        """);

    [Fact]
    public Task Method_marked_Redacts_is_a_sanitizer() => VerifyAsync("""
        using ReleaseGate.Privacy;

        class C
        {
            [Redacts]
            static string Scrub(string text) => "";

            void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("a", Scrub(text));
        }
        """);

    [Fact]
    public Task Parameter_marked_RequiresRedaction_is_clean_inside_and_its_callers_are_checked() => VerifyAsync("""
        using ReleaseGate.Privacy;

        class C
        {
            void Save(ReleaseGate.Indexing.IIndexStore store, [RequiresRedaction] string text) => store.Write("a", text);

            void Caller(ReleaseGate.Indexing.IIndexStore store, string raw) => Save(store, {|RG1001:raw|});
        }
        """);

    [Fact]
    public Task Redaction_inside_a_loop_is_clean_and_a_raw_lambda_write_is_reported() => VerifyAsync("""
        using System.Collections.Generic;

        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, List<string> items)
            {
                foreach (var item in items)
                {
                    store.Write("a", redactor.Redact(item));
                }

                items.ForEach(item => store.Write("b", {|RG1001:item|}));
            }
        }
        """);

    [Fact]
    public Task Lambda_sees_locals_redacted_before_it() => VerifyAsync("""
        using System;

        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, ReleaseGate.Privacy.ITextRedactor redactor, string text)
            {
                var clean = redactor.Redact(text);
                Action write = () => store.Write("a", clean);
                write();
            }
        }
        """);

    [Fact]
    public Task Vector_store_record_with_raw_string_property_is_reported() => VerifyAsync("""
        using Microsoft.Extensions.VectorData;

        class C
        {
            async System.Threading.Tasks.Task M(VectorStoreCollection<int, Doc> collection, string text)
            {
                await collection.UpsertAsync({|RG1001:new Doc { Key = 1, Text = text }|});
            }
        }
        """);

    [Fact]
    public Task Vector_store_record_with_redacted_text_and_a_computed_vector_is_clean() => VerifyAsync("""
        using System;
        using Microsoft.Extensions.VectorData;

        class C
        {
            ReadOnlyMemory<float> Embed(string text) => default;

            async System.Threading.Tasks.Task M(
                VectorStoreCollection<int, Doc> collection, ReleaseGate.Privacy.ITextRedactor redactor, string text)
            {
                var doc = new Doc { Key = text.Length, Vector = Embed(text) };
                doc.Text = redactor.Redact(text);
                await collection.UpsertAsync(doc);
            }
        }
        """);

    [Fact]
    public Task Vector_store_batch_built_with_a_collection_initializer_is_followed() => VerifyAsync("""
        using System.Collections.Generic;
        using Microsoft.Extensions.VectorData;

        class C
        {
            async System.Threading.Tasks.Task M(
                VectorStoreCollection<int, Doc> collection, ReleaseGate.Privacy.ITextRedactor redactor, string text)
            {
                var clean = new List<Doc> { new Doc { Text = redactor.Redact(text) } };
                await collection.UpsertAsync(clean);

                var raw = new List<Doc>();
                raw.Add(new Doc { Text = text });
                await collection.UpsertAsync({|RG1001:raw|});
            }
        }
        """);

    [Fact]
    public Task Record_keys_and_hashes_do_not_make_a_redacted_record_dirty() => VerifyAsync("""
        using Microsoft.Extensions.VectorData;

        sealed record Chunk(string Id, string ContentHash, string Text);

        class C
        {
            async System.Threading.Tasks.Task M(
                VectorStoreCollection<string, Chunk> chunks,
                VectorStoreCollection<int, Doc> docs,
                ReleaseGate.Privacy.ITextRedactor redactor,
                string id,
                string hash,
                string text)
            {
                await chunks.UpsertAsync(new Chunk(id, hash, redactor.Redact(text)));
                await chunks.UpsertAsync({|RG1001:new Chunk(id, hash, text)|});
                await docs.UpsertAsync(new Doc { Key = id.Length, Text = redactor.Redact(text) });
            }
        }
        """);

    [Fact]
    public Task Implementation_called_directly_inherits_the_interface_mark() => VerifyAsync("""
        class Store : ReleaseGate.Indexing.IIndexStore
        {
            public void Write(string id, string text) { }
            public System.Threading.Tasks.Task WriteAsync(string id, string text) => System.Threading.Tasks.Task.CompletedTask;
        }

        class C
        {
            void M(Store store, string text) => store.Write("id", {|RG1001:text|});
        }
        """);

    [Fact]
    public Task Qdrant_points_payload_is_checked_but_not_the_collection_name() => VerifyAsync("""
        using System.Collections.Generic;
        using Qdrant.Client;
        using Qdrant.Client.Grpc;

        class C
        {
            async System.Threading.Tasks.Task M(QdrantClient client, string collection, string text, float[] vector)
            {
                var point = new PointStruct { Id = 1, Vectors = vector, Payload = { ["text"] = text } };
                await client.UpsertAsync(collection, {|RG1001:new List<PointStruct> { point }|});
            }
        }
        """);

    [Fact]
    public Task Azure_search_and_Elasticsearch_writes_are_sinks() => VerifyAsync("""
        using Azure.Search.Documents;
        using Elastic.Clients.Elasticsearch;

        class C
        {
            async System.Threading.Tasks.Task M(SearchClient search, ElasticsearchClient elastic, string text)
            {
                var doc = new Doc { Text = text };
                await search.UploadDocumentsAsync({|RG1001:new[] { doc }|});
                await elastic.IndexAsync({|RG1001:doc|}, "docs");
                await elastic.IndexAsync(new Doc { Key = 2 }, "docs");
            }
        }
        """);

    [Fact]
    public Task Symbols_listed_in_the_sink_and_sanitizer_files_are_used()
    {
        var code = RedactionSources.With("""
            class Store { public void Put(string text) { } public void Other(string text) { } }
            static class Clean { public static string Scrub(string text) => ""; }

            class C
            {
                void M(Store store, string text)
                {
                    store.Put({|RG1001:text|});
                    store.Put(Clean.Scrub(text));
                    store.Other(text);
                }
            }
            """);
        (string, string)[] files =
        [
            ("ReleaseGate.Sinks.txt", "# raw writes\nM:Store.Put(System.String)\n"),
            ("ReleaseGate.Sanitizers.txt", "M:Clean.Scrub(System.String) # our scrubber\n"),
        ];
        return Verify.VerifyAsync(code, files);
    }

    [Fact]
    public Task Generated_code_is_skipped() => VerifyAsync("""
        // <auto-generated/>
        class C
        {
            void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", text);
        }
        """);

    [Fact]
    public async Task Pragma_and_SuppressMessage_silence_the_rule()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<
            UnredactedIndexWriteAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = RedactionSources.With("""
                class C
                {
                    void M(ReleaseGate.Indexing.IIndexStore store, string text)
                    {
                #pragma warning disable RG1001
                        store.Write("id", text);
                #pragma warning restore RG1001
                        store.Write("id", {|RG1001:text|});
                    }

                    [System.Diagnostics.CodeAnalysis.SuppressMessage("Privacy", "RG1001")]
                    void N(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", text);
                }
                """),
            ReferenceAssemblies = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80,

            // The framework's own check wraps the file in one more pragma, which the restore above would undo.
            TestBehaviors = Microsoft.CodeAnalysis.Testing.TestBehaviors.SkipSuppressionCheck,
        };
        await test.RunAsync();
    }

    [Theory]
    [InlineData("warning", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)]
    [InlineData("suggestion", Microsoft.CodeAnalysis.DiagnosticSeverity.Info)]
    public async Task Severity_comes_from_editorconfig(string configured, Microsoft.CodeAnalysis.DiagnosticSeverity expected)
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<
            UnredactedIndexWriteAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = RedactionSources.With("""
                class C
                {
                    void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", {|#0:text|});
                }
                """),
            ReferenceAssemblies = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AnalyzerConfigFiles.Add(
            ("/.editorconfig", $"root = true\n[*.cs]\ndotnet_diagnostic.RG1001.severity = {configured}\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("RG1001").WithLocation(0).WithSeverity(expected));
        await test.RunAsync();
    }

    [Fact]
    public async Task Severity_none_in_editorconfig_turns_the_rule_off()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<
            UnredactedIndexWriteAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = RedactionSources.With("""
                class C
                {
                    void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", text);
                }
                """),
            ReferenceAssemblies = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AnalyzerConfigFiles.Add(
            ("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.RG1001.severity = none\n"));
        await test.RunAsync();
    }
}
