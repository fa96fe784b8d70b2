def log = new File(basedir, 'build.log').text
def runs = (log =~ /doc2java: (\d+) service\(s\), (\d+) file\(s\) in .*: (\d+) written, (\d+) unchanged, (\d+) removed/).findAll()
assert runs.size() == 2 : "expected the summaries of two runs in build.log, found ${runs.size()}"
def first = runs[0]
assert (first[3] as int) + (first[4] as int) == (first[2] as int) : "first run: ${first[0]}"
def last = runs[1]
int files = last[2] as int
assert last[3] == '0' : "second run wrote files: ${last[0]}"
assert (last[4] as int) == files : "second run: not everything unchanged: ${last[0]}"
assert last[5] == '0'

def gen = new File(basedir, 'target/generated-sources/doc2java')
def manifest = new File(gen, '.doc2java-manifest')
assert manifest.isFile()
// Every file the manifest lists exists with exactly the recorded SHA-256.
manifest.eachLine { line ->
    if (line.startsWith('#') || line.isBlank()) return
    def (hash, rel) = line.split(' ', 2)
    def f = new File(gen, rel)
    assert f.isFile() : rel
    def digest = java.security.MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    assert digest == hash : rel
}
return true
