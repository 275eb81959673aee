using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using LegalReview.Review;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace LegalReview.Classifier;

/// <summary>
/// One loaded model, scored without ML.NET at run time: the character n-gram vocabulary of the featuriser, the word
/// n-gram vocabulary when the model reads words, the per-class weights and biases of the linear (maximum entropy)
/// model, and the class labels. Scoring repeats what the trained ML.NET pipeline computes — character 1–3-grams with
/// start and end markers, term frequencies, L2 normalisation; SmartCn word 1–2-grams, term frequencies, their own L2
/// normalisation; <c>W·x + b</c>, softmax — and a test holds it to ML.NET's probabilities on the whole corpus. It comes
/// either from an ML.NET model .zip (<see cref="FromMlNet"/>, slow: ML.NET's loader) or from the scoring table derived
/// from it (<see cref="ReadTable"/>, what the package embeds). Immutable and safe to share between threads.
/// </summary>
internal sealed class LoadedModel
{
    private const uint TableMagic = 0x4D43524C; // "LRCM"
    private const int TableVersion = 2;

    /// <summary>The name of the character feature block (and the prefix of its slot names).</summary>
    internal const string CharBlock = "Char";

    /// <summary>The column the gate's probabilities are copied to in the trained pipeline.</summary>
    internal const string GateScore = "GateScore";

    /// <summary>The name of the word feature block (and the prefix of its slot names).</summary>
    internal const string WordBlock = "Word";
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';
    private const int MaxNgram = 3;

    // The vocabulary keyed by the n-gram packed into a 64-bit number (length, then up to three UTF-16 units), so that
    // counting the n-grams of a text hashes integers instead of strings.
    private readonly Dictionary<ulong, int> _vocabulary;

    // Per-thread n-gram counters, cleared after each text, so featurising allocates only the feature list.
    [ThreadStatic]
    private static int[]? t_counts;

    [ThreadStatic]
    private static List<int>? t_touched;
    private readonly string[] _ngrams;

    // Word n-grams (one word, or two joined by a space) and their feature index (after the character n-grams).
    private readonly string[] _words;
    private readonly Dictionary<string, int> _wordVocabulary;
    private readonly int _ok;
    private readonly Gate? _gate;
    private readonly float[] _weights; // [feature * labels + label]
    private readonly float[] _biases;

    // Per label, each feature's weight minus the feature's mean weight over labels (what separates the label's
    // log-odds from the others): what the explanation of a label is computed from.
    private readonly float[][] _centred;

    private LoadedModel(string[] labels, string[] ngrams, string[] words, float[] weights, float[] biases, Gate? gate)
    {
        _gate = gate;
        Labels = labels;
        _ngrams = ngrams;
        _words = words;
        _ok = Array.IndexOf(labels, ClassifierLabels.Ok);
        _wordVocabulary = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            _wordVocabulary.TryAdd(words[i], ngrams.Length + i);
        }

        _weights = weights;
        _biases = biases;
        _vocabulary = new Dictionary<ulong, int>(ngrams.Length);
        for (var i = 0; i < ngrams.Length; i++)
        {
            if (ngrams[i].Length is >= 1 and <= MaxNgram)
            {
                _vocabulary.TryAdd(Pack(ngrams[i]), i);
            }
        }
        _centred = Centre(weights, labels.Length, ngrams.Length + words.Length);
    }

    /// <summary>The labels, in the order of the score vector.</summary>
    public string[] Labels { get; }

    /// <summary>How many n-gram features the model has (characters and words).</summary>
    public int FeatureCount => _ngrams.Length + _words.Length;

    /// <summary>Whether the model reads words (SmartCn) beside the characters.</summary>
    public bool HasWordFeatures => _words.Length > 0;

    /// <summary>Reads an ML.NET model .zip (as trained by <see cref="ClassifierTrainer"/>) and takes its vocabulary and weights.</summary>
    /// <param name="zip">The model .zip.</param>
    /// <returns>The model.</returns>
    public static LoadedModel FromMlNet(Stream zip)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(zip, out var inputSchema);
        var outputSchema = model.GetOutputSchema(inputSchema);
        var labels = SlotNames(outputSchema["Score"]);
        var slots = SlotNames(outputSchema["Features"]);

        // The word block follows the character block (the order of the trainer's concatenation).
        var wordStart = Array.FindIndex(slots, s => s.StartsWith(WordBlock + ".", StringComparison.Ordinal));
        var charCount = wordStart < 0 ? slots.Length : wordStart;
        var ngrams = slots[..charCount].Select(NgramOfSlot).ToArray();
        var words = slots[charCount..].Select(WordsOfSlot).ToArray();
        var parameters = FindParameters(model, "Features") ?? throw new InvalidDataException("模型文件中没有线性多分类模型（MaximumEntropyModelParameters）。");
        var (weights, biases) = WeightsOf(parameters, slots.Length, labels.Length);

        // A model with word features carries a gate trained on the character block alone.
        if (words.Length > 0 && FindParameters(model, CharBlock) is { } gateParameters)
        {
            var (gateWeights, gateBiases) = WeightsOf(gateParameters, ngrams.Length, labels.Length);
            return new LoadedModel(labels, ngrams, words, weights, biases, new Gate(gateWeights, gateBiases));
        }

        return new LoadedModel(labels, ngrams, words, weights, biases, null);
    }

    /// <summary>The weights (feature-major: [feature × labels + label]) and biases of a linear multiclass model.</summary>
    private static (float[] Weights, float[] Biases) WeightsOf(MaximumEntropyModelParameters parameters, int featureCount, int labelCount)
    {
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classes);
        if (classes != labelCount)
        {
            throw new InvalidDataException($"模型的类别数（{classes}）与标签数（{labelCount}）不一致。");
        }

        var weights = new float[featureCount * labelCount];
        for (var k = 0; k < labelCount; k++)
        {
            var w = perClass[k];
            var indices = w.GetIndices();
            var values = w.GetValues();
            for (var j = 0; j < values.Length; j++)
            {
                var f = w.IsDense ? j : indices[j];
                if (f < featureCount)
                {
                    weights[(f * labelCount) + k] = values[j];
                }
            }
        }

        return (weights, parameters.GetBiases().ToArray());
    }

    /// <summary>
    /// The gate of a model with word features: a linear model over the character block alone (weights
    /// [feature × labels + label] and biases), which decides whether a text is worth segmenting.
    /// </summary>
    private sealed record Gate(float[] Weights, float[] Biases);

    /// <summary>Reads a scoring table written by <see cref="WriteTable"/>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The model.</returns>
    public static LoadedModel ReadTable(Stream table)
    {
        using var brotli = new BrotliStream(table, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        var version = r.ReadUInt32() == TableMagic ? r.ReadInt32() : -1;
        if (version is not (1 or TableVersion))
        {
            throw new InvalidDataException("不是 LegalReview 分类模型评分表，或版本不受支持。");
        }

        var labels = new string[r.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = r.ReadString();
        }

        var ngrams = new string[r.ReadInt32()];
        for (var i = 0; i < ngrams.Length; i++)
        {
            ngrams[i] = r.ReadString();
        }

        // Version 1 tables (before word features) have no word block.
        var words = new string[version >= 2 ? r.ReadInt32() : 0];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = r.ReadString();
        }

        var biases = ReadFloats(r, labels.Length);
        var weights = ReadFloats(r, (ngrams.Length + words.Length) * labels.Length);
        Gate? gate = null;
        if (version >= 2 && r.ReadBoolean())
        {
            var gateBiases = ReadFloats(r, labels.Length);
            gate = new Gate(ReadFloats(r, ngrams.Length * labels.Length), gateBiases);
        }

        return new LoadedModel(labels, ngrams, words, weights, biases, gate);
    }

    /// <summary>Writes the scoring table: labels, n-grams, biases and weights, Brotli-compressed.</summary>
    /// <param name="destination">Where to write.</param>
    public void WriteTable(Stream destination)
    {
        using var brotli = new BrotliStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(TableMagic);
        w.Write(TableVersion);
        w.Write(Labels.Length);
        foreach (var l in Labels)
        {
            w.Write(l);
        }

        w.Write(_ngrams.Length);
        foreach (var n in _ngrams)
        {
            w.Write(n);
        }

        w.Write(_words.Length);
        foreach (var n in _words)
        {
            w.Write(n);
        }

        WriteFloats(w, _biases);
        WriteFloats(w, _weights);
        w.Write(_gate is not null);
        if (_gate is not null)
        {
            WriteFloats(w, _gate.Biases);
            WriteFloats(w, _gate.Weights);
        }
    }

    /// <summary>
    /// Classifies one text: the verdict, every label's probability, and the words behind a problem verdict. The verdict
    /// is a problem when the problem labels together outweigh <c>ok</c> (1 − P(ok) ≥ 0.5): its label is the most
    /// probable problem label and its probability is that problem mass; otherwise the verdict is <c>ok</c> with
    /// P(ok). (A model without an <c>ok</c> label gives its most probable label.) The word features cost a SmartCn
    /// segmentation; with <paramref name="wordGate"/> above 0 a text whose problem mass by the gate (a second linear
    /// model trained on the characters alone) stays below the gate is not segmented: its verdict is <c>ok</c> and its
    /// scores are the gate's.
    /// </summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="maxTerms">How many words to name.</param>
    /// <param name="wordGate">The gate, from 0 (always read the words) to 0.5.</param>
    /// <returns>The prediction.</returns>
    public ClassificationDetail Predict(string text, int maxTerms, double wordGate = 0)
    {
        var labels = Labels.Length;
        var characters = FeaturizeCharacters(text).Features;
        if (HasWordFeatures && text.Length > 0 && wordGate > 0 && _ok >= 0 && _gate is not null)
        {
            var gate = new float[labels];
            Array.Copy(_gate.Biases, gate, labels);
            Add(gate, _gate.Weights, characters);
            Softmax(gate);
            if (1 - gate[_ok] < Math.Min(wordGate, 0.5))
            {
                return new ClassificationDetail(ClassifierLabels.Ok, gate[_ok], gate, []);
            }
        }

        var scores = new float[labels];
        Array.Copy(_biases, scores, labels);
        Add(scores, _weights, characters);
        if (HasWordFeatures && text.Length > 0)
        {
            Add(scores, _weights, FeaturizeWords(WordSegmenter.Terms(text)).Features);
        }

        Softmax(scores);
        var (best, probability) = Verdict(scores);

        // Only a problem verdict is explained to the lawyer; the words behind an "ok" verdict are never shown.
        // Found when first read (LazyKeyTerms): a review reads them only for the predictions it reports.
        IReadOnlyList<string> terms = Labels[best] == ClassifierLabels.Ok || maxTerms == 0 ? [] : new LazyKeyTerms(() => KeyTerms(text, best, maxTerms));
        return new ClassificationDetail(Labels[best], probability, scores, terms);
    }

    /// <summary>The verdict of a probability vector: see <see cref="Predict"/>.</summary>
    private (int Label, double Probability) Verdict(float[] probabilities)
    {
        var best = -1;
        for (var k = 0; k < probabilities.Length; k++)
        {
            if (k != _ok && (best < 0 || probabilities[k] > probabilities[best]))
            {
                best = k;
            }
        }

        if (_ok < 0)
        {
            return (best, probabilities[best]);
        }

        var mass = 1.0 - probabilities[_ok];
        return best >= 0 && mass >= 0.5 ? (best, mass) : (_ok, probabilities[_ok]);
    }

    private static void Add(float[] scores, float[] weights, List<(int Feature, float Value)> features)
    {
        var labels = scores.Length;
        foreach (var (f, x) in features)
        {
            var row = weights.AsSpan(f * labels, labels);
            for (var k = 0; k < labels; k++)
            {
                scores[k] += row[k] * x;
            }
        }
    }

    /// <summary>
    /// The character block of a text's feature vector as ML.NET's text featuriser makes it: the characters with a
    /// start and an end marker, every 1-, 2- and 3-gram counted when the vocabulary has it, the counts scaled to unit
    /// L2 norm (the scale is returned too).
    /// </summary>
    private (List<(int Feature, float Value)> Features, double Scale) FeaturizeCharacters(string text)
    {
        if (text.Length == 0)
        {
            // ML.NET's tokeniser gives an empty text no tokens at all, not even the markers.
            return ([], 0);
        }

        var counts = t_counts is { } c && c.Length == _ngrams.Length ? c : t_counts = new int[_ngrams.Length];
        var touched = t_touched ??= [];
        touched.Clear();
        var length = text.Length + 2;
        for (var i = 0; i < length; i++)
        {
            ulong key = 0;
            for (var n = 1; n <= MaxNgram && i + n <= length; n++)
            {
                var j = i + n - 1;
                var ch = j == 0 ? StartMarker : j == length - 1 ? EndMarker : text[j - 1];
                key = (key & 0x0000_FFFF_FFFF_FFFFUL) << 16 | ch;
                if (_vocabulary.TryGetValue(((ulong)n << 48) | key, out var f))
                {
                    if (counts[f]++ == 0)
                    {
                        touched.Add(f);
                    }
                }
            }
        }

        var norm = 0.0;
        foreach (var f in touched)
        {
            norm += (double)counts[f] * counts[f];
        }

        var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        touched.Sort();
        var features = new List<(int, float)>(touched.Count);
        foreach (var f in touched)
        {
            features.Add((f, (float)(counts[f] * scale)));
            counts[f] = 0;
        }

        return (features, scale);
    }

    /// <summary>
    /// The word block of a text's feature vector as ML.NET's word bag makes it from the space-joined SmartCn terms:
    /// every word and every pair of adjacent words counted when the vocabulary has it, the counts scaled to unit L2
    /// norm (the scale is returned too).
    /// </summary>
    private (List<(int Feature, float Value)> Features, double Scale) FeaturizeWords(List<string> terms)
    {
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (_wordVocabulary.TryGetValue(terms[i], out var f))
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }

            if (i + 1 < terms.Count && _wordVocabulary.TryGetValue(string.Concat(terms[i], " ", terms[i + 1]), out f))
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var norm = 0.0;
        foreach (var n in counts.Values)
        {
            norm += (double)n * n;
        }

        var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        var features = counts.OrderBy(p => p.Key).Select(p => (p.Key, (float)(p.Value * scale))).ToList();
        return (features, scale);
    }

    /// <summary>An n-gram of one to three UTF-16 units as the key <see cref="FeaturizeCharacters"/> computes.</summary>
    private static ulong Pack(string ngram)
    {
        ulong key = 0;
        foreach (var ch in ngram)
        {
            key = (key << 16) | ch;
        }

        return ((ulong)ngram.Length << 48) | key;
    }

    private static void Softmax(float[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            var e = Math.Exp(scores[k] - max);
            scores[k] = (float)e;
            sum += e;
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = (float)(scores[k] / sum);
        }
    }

    /// <summary>
    /// The words of the text that pushed it most towards <paramref name="label"/>. A linear softmax model separates the
    /// label's log-odds from the others by the sum, over the n-grams present, of feature value × (weight of the label −
    /// mean weight over labels). Each occurrence of an n-gram is credited to the word (SmartCn segmentation) that holds
    /// it whole; n-grams that cross a word boundary (“份证” of “身份证号”, “元的标”) are credited to no word, so the lawyer
    /// reads whole words, never fragments. Words of one character, with digits or punctuation, and generic words of
    /// administrative prose (<see cref="GenericWords"/>) are not named.
    /// </summary>
    private string[] KeyTerms(string text, int label, int maxTerms)
    {
        if (maxTerms == 0)
        {
            return [];
        }

        var centred = _centred[label];

        // The feature value is the count scaled by the norm of its block: both blocks' scales are needed to add a
        // word's own feature to the character n-grams inside it.
        var (spans, terms) = WordSegmenter.Segment(text);
        var charScale = FeaturizeCharacters(text).Scale;
        var wordScale = HasWordFeatures ? FeaturizeWords(terms).Scale : 0;
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (start, length) in spans)
        {
            if (length < 2 || !IsNamable(text.AsSpan(start, length)))
            {
                continue;
            }

            // Every character n-gram lying inside the word, occurrence by occurrence, and the word's own feature.
            var score = 0.0;
            for (var i = start; i < start + length; i++)
            {
                ulong key = 0;
                for (var n = 1; n <= MaxNgram && i + n <= start + length; n++)
                {
                    key = (key & 0x0000_FFFF_FFFF_FFFFUL) << 16 | text[i + n - 1];
                    if (_vocabulary.TryGetValue(((ulong)n << 48) | key, out var f))
                    {
                        score += centred[f] * charScale;
                    }
                }
            }

            var word = text.Substring(start, length);
            if (wordScale > 0 && _wordVocabulary.TryGetValue(word, out var w))
            {
                score += centred[w] * wordScale;
            }

            scores[word] = scores.GetValueOrDefault(word) + score;
        }

        return scores.Where(s => s.Value > 0 && !GenericWords.Contains(s.Key))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(maxTerms).Select(s => s.Key).ToArray();
    }

    /// <summary>
    /// Words of administrative prose that occur in lawful and unlawful provisions alike: even when the model leans on
    /// them, naming them explains nothing to a lawyer.
    /// </summary>
    internal static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "工作", "部门", "情况", "有关", "相关", "进行", "开展", "加强", "推进", "落实", "实施", "规定", "按照", "根据", "要求",
        "单位", "政府", "人民政府", "地方", "各级", "有关部门", "相关部门", "主管部门", "机构", "方面", "问题", "措施", "意见",
        "通知", "办法", "本办法", "本规定", "本县", "本市", "本省", "我县", "我市", "我省", "县级", "市级", "省级", "以上", "以下",
        "应当", "可以", "不得", "必须", "其他", "以及", "或者", "并且", "同时", "对于", "关于", "通过", "作为", "一个", "若干",
        "一定", "具体", "当前", "以后", "第一", "当年", "上年", "年度", "有关规定", "企业", "公司", "项目", "明确", "存在",
    };

    /// <summary>Whether a word can be named: letters only (no digits, punctuation or spaces).</summary>
    private static bool IsNamable(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (!char.IsLetter(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static float[][] Centre(float[] weights, int labels, int features)
    {
        var centred = new float[labels][];
        for (var k = 0; k < labels; k++)
        {
            centred[k] = new float[features];
        }

        for (var f = 0; f < features; f++)
        {
            var mean = 0.0;
            for (var k = 0; k < labels; k++)
            {
                mean += weights[(f * labels) + k];
            }

            mean /= labels;
            for (var k = 0; k < labels; k++)
            {
                centred[k][f] = (float)(weights[(f * labels) + k] - mean);
            }
        }

        return centred;
    }

    private static float[] ReadFloats(BinaryReader r, int count)
    {
        var bytes = r.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float))
        {
            throw new InvalidDataException("分类模型评分表不完整。");
        }

        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return values;
    }

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        w.Write(bytes);
    }

    private static string[] SlotNames(DataViewSchema.Column column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        var result = new string[names.Length];
        var i = 0;
        foreach (var name in names.DenseValues())
        {
            result[i++] = name.ToString();
        }

        return result;
    }

    /// <summary>
    /// Turns ML.NET's n-gram slot name ("处|以|罚", with control pictures for the start and end markers, spaces, line
    /// breaks and other control characters) into the characters the featuriser saw: the markers as the control
    /// characters <see cref="FeaturizeCharacters"/> puts around the text, a line break as a line break.
    /// </summary>
    private static string NgramOfSlot(string slot)
    {
        var body = slot.StartsWith("Char.", StringComparison.Ordinal) ? slot[5..] : slot;
        if (body == "|")
        {
            return body;
        }

        return string.Concat(body.Split('|').Select(part => part switch
        {
            "" => "|",
            // ML.NET names control characters and the space by their Unicode control pictures (“<␂>”, “<␊>”, “<␠>”).
            ['<', var picture, '>'] when picture is >= '\u2400' and <= '\u2421' => ControlOfPicture(picture).ToString(),
            _ => part,
        }));
    }

    /// <summary>Turns ML.NET's word n-gram slot name (“Word.企业|注册”) into the words joined by a space (“企业 注册”).</summary>
    private static string WordsOfSlot(string slot) => slot[(WordBlock.Length + 1)..].Replace('|', ' ');

    /// <summary>The character a Unicode control picture stands for: U+2400–U+241F the C0 controls, ␠ the space, ␡ DEL.</summary>
    private static char ControlOfPicture(char picture) => picture switch
    {
        '\u2420' => ' ',
        '\u2421' => '\u007F',
        _ => (char)(picture - 0x2400),
    };

    /// <summary>The linear multiclass model of the pipeline trained on the given feature column.</summary>
    private static MaximumEntropyModelParameters? FindParameters(ITransformer transformer, string featureColumn)
    {
        switch (transformer)
        {
            case MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor when predictor.FeatureColumnName == featureColumn:
                return predictor.Model;
            case IEnumerable<ITransformer> chain:
                foreach (var inner in chain)
                {
                    if (FindParameters(inner, featureColumn) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
