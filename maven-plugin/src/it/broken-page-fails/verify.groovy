def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/doc2java/demo/broken.rst:1:1: error: not valid UTF-8; save the page as UTF-8 [input.encoding]') : 'diagnostic missing'
assert log.contains('nothing was generated')
assert !log.contains('\tat dev.doc2java') : 'a stack trace reached the user'
assert !new File(basedir, 'target/generated-sources/doc2java').exists() : 'something was written despite the error'
return true
