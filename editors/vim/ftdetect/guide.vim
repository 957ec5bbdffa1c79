" Rule files of Guide (editors/vim/ftdetect/guide.vim).
autocmd BufRead,BufNewFile *.guide setfiletype guide
