import groovy.io.FileType

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def gen = new File(basedir, 'target/generated-sources/doc2java')
assert new File(gen, '.doc2java-manifest').isFile() : 'the writer keeps a manifest'

def summary = log =~ /doc2java: (\d+) service\(s\), (\d+) file\(s\) in .*: (\d+) written, (\d+) unchanged, (\d+) removed/
assert summary.find() : 'summary line missing'
int services = summary.group(1) as int

def javaFiles = []
gen.eachFileRecurse(FileType.FILES) { if (it.name.endsWith('.java')) javaFiles << it }
assert services == 1 : "expected the demo service, read ${services}"
assert !javaFiles.isEmpty() : 'a service was read but nothing generated'
assert javaFiles.any { it.name == 'GetThingRequest.java' } : "no request record among ${javaFiles*.name}"
javaFiles.each { f ->
    def rel = gen.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    assert rel.startsWith('com/example/demo/') : rel
    def cls = new File(basedir, 'target/classes/' + rel.replaceAll(/\.java$/, '.class'))
    assert cls.isFile() : "not compiled: $rel"
    assert !f.text.contains(basedir.absolutePath) : "absolute path in the generated $rel"
}
assert javaFiles.every { it.text.contains('src/main/doc2java/demo/get_thing.rst') } : 'headers name the page relative to the project'
assert log.contains('Compiling ' + javaFiles.size() + ' source file')
return true
